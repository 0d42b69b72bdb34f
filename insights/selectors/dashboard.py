"""The numbers on the admin dashboard. Each function runs a fixed number of
queries (named in its docstring), grouped and counted by the database."""

import datetime

from django.conf import settings
from django.db.models import Count, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce, TruncMonth
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from assignments.models import Submission, SubmissionStatus
from cohorts.models import Cohort, Participant, ParticipantStatus
from insights import suppression
from insights.selectors.common import percent
from modules.models import Enrolment, LessonCompletion
from quizzes.models import Attempt, QuestionResult
from theme_sessions.models import RegistrationStatus, SessionPage


def _month_starts(now: datetime.datetime, months: int) -> list[datetime.date]:
    first = timezone.localdate(now).replace(day=1)
    starts = []
    for _index in range(months):
        starts.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(starts))


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def active_learners_by_month(*, months: int = 12, now: datetime.datetime | None = None) -> list[dict]:
    """The last ``months`` calendar months (Norwegian time): new enrolments
    and active learners (distinct learners who completed a lesson that month).
    Two queries."""
    now = now or timezone.now()
    starts = _month_starts(now, months)
    since = timezone.make_aware(datetime.datetime.combine(starts[0], datetime.time.min))
    enrolled = dict(
        Enrolment.objects.filter(enrolled_at__gte=since)
        .annotate(month=TruncMonth("enrolled_at"))
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    active = dict(
        LessonCompletion.objects.filter(completed_at__gte=since)
        .annotate(month=TruncMonth("completed_at"))
        .order_by()
        .values("month")
        .annotate(n=Count("user", distinct=True))
        .values_list("month", "n")
    )
    enrolled = {_as_date(month): n for month, n in enrolled.items()}
    active = {_as_date(month): n for month, n in active.items()}
    return [{"month": start, "enrolments": enrolled.get(start, 0), "active": active.get(start, 0)} for start in starts]


def completions_this_month(*, now: datetime.datetime | None = None) -> dict:
    """Courses completed since the first of this month, in all and per
    course. One query; a course with fewer completions than the minimum
    group size shows HIDDEN."""
    now = now or timezone.now()
    first = timezone.make_aware(datetime.datetime.combine(timezone.localdate(now).replace(day=1), datetime.time.min))
    per_course = list(
        Enrolment.objects.filter(completed_at__gte=first)
        .order_by()
        .values("course_id", title=F("course__title"))
        .annotate(completed=Count("pk"))
        .order_by("-completed", "title")
    )
    total = sum(row["completed"] for row in per_course)
    rows = suppression.suppress_rows(per_course, size="completed", fields=["completed"])
    return {"total": total, "courses": rows, "since": first}


def cohorts_under_way(*, today: datetime.date | None = None) -> list[dict]:
    """Cohorts between their first and last day, with their confirmed
    participants and the submissions waiting for each group leader. Two queries."""
    today = today or timezone.localdate()
    confirmed = (
        Participant.objects.filter(cohort=OuterRef("pk"), status=ParticipantStatus.CONFIRMED)
        .order_by()
        .values("cohort")
        .annotate(n=Count("pk"))
        .values("n")
    )
    cohorts = list(
        Cohort.objects.filter(starts_on__lte=today, ends_on__gte=today)
        .annotate(confirmed=Coalesce(Subquery(confirmed), Value(0)))
        .values("pk", "title", "starts_on", "ends_on", "confirmed", course_title=F("course__title"))
        .order_by("ends_on", "title")
    )
    waiting = (
        Submission.objects.filter(
            status=SubmissionStatus.SUBMITTED, participant__cohort_id__in=[cohort["pk"] for cohort in cohorts]
        )
        .order_by()
        .values(
            "participant__cohort_id",
            leader_first=F("participant__group__leader__first_name"),
            leader_last=F("participant__group__leader__last_name"),
            leader_email=F("participant__group__leader__email"),
        )
        .annotate(waiting=Count("pk"))
        .order_by("leader_last", "leader_first")
    )
    by_cohort: dict[int, list[dict]] = {}
    for row in waiting:
        name = " ".join(filter(None, [row["leader_first"], row["leader_last"]])) or row["leader_email"] or ""
        by_cohort.setdefault(row["participant__cohort_id"], []).append({"leader": name, "waiting": row["waiting"]})
    for cohort in cohorts:
        cohort["leaders"] = by_cohort.get(cohort["pk"], [])
        cohort["waiting"] = sum(leader["waiting"] for leader in cohort["leaders"])
    return cohorts


def upcoming_sessions(*, now: datetime.datetime | None = None, limit: int = 6) -> list[dict]:
    """The next live theme sessions (not cancelled) with their registrations
    and waiting list. One query."""
    now = now or timezone.now()
    return list(
        SessionPage.objects.live()
        .filter(
            start__gte=now,
            cancelled=False,
            locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE),
        )
        .order_by("start")
        .annotate(
            registered=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)),
            waitlisted=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED)),
        )
        .values("pk", "title", "start", "capacity", "registered", "waitlisted")[:limit]
    )


def lowest_pass_rates(*, limit: int = 5) -> list[dict]:
    """The quizzes with the lowest share of passed attempts among those
    taken by at least the minimum group size of learners. One query."""
    return [
        {**row, "rate": percent(row["passed"], row["attempts"])}
        for row in Attempt.objects.filter(submitted_at__isnull=False)
        .order_by()
        .values("quiz_id", title=F("quiz__title"))
        .annotate(
            attempts=Count("pk"),
            passed=Count("pk", filter=Q(passed=True)),
            learners=Count("user", distinct=True),
        )
        .filter(learners__gte=suppression.min_group_size())
        .annotate(share=Cast("passed", FloatField()) / Cast("attempts", FloatField()))
        .order_by("share", "title")[:limit]
    ]


def lowest_question_pass_rates(*, limit: int = 5) -> list[dict]:
    """The graded questions answered fully right least often (the share of
    submitted attempts that drew them and got all their points), among those
    drawn by at least the minimum group size of attempts. One query over the
    result rows stored at submission (quizzes.QuestionResult)."""
    return [
        {**row, "rate": percent(row["right"], row["drawn"])}
        for row in QuestionResult.objects.filter(graded=True)
        .order_by()
        .values("question_id", "quiz_id", text=F("question__text"), quiz_title=F("quiz__title"))
        .annotate(drawn=Count("pk"), right=Count("pk", filter=Q(earned=F("out_of"))))
        .filter(drawn__gte=suppression.min_group_size())
        .annotate(share=Cast("right", FloatField()) / Cast("drawn", FloatField()))
        .order_by("share", "quiz_title", "question_id")[:limit]
    ]
