"""Reads for leaders and the course page: the cohorts of a course with seats
left, the course leaders' overview of a cohort (participants × days), and
one day's attendance list. A fixed number of queries each."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from cohorts.models import Attendance, Cohort, CourseDay, GroupMessage, LocalGroup, Participant, ParticipantStatus
from cohorts.selectors.access import is_cohort_leader


def course_cohorts(*, course, user, today: datetime.date | None = None) -> list[Cohort]:
    """Published cohorts of ``course`` (in any language) that have not ended,
    each with ``seats_left`` and the user's ``my_status`` (or None). One query."""
    today = today or timezone.localdate()
    cohorts = Cohort.objects.filter(
        course__translation_key=course.translation_key, published=True, ends_on__gte=today
    ).annotate(confirmed=Count("participants", filter=Q(participants__status=ParticipantStatus.CONFIRMED)))
    if user.is_authenticated:
        mine = Participant.objects.filter(cohort=OuterRef("pk"), user=user).values("status")[:1]
        cohorts = cohorts.annotate(my_status=Subquery(mine))
    found = list(cohorts.order_by("starts_on", "pk"))
    for cohort in found:
        cohort.seats_left = max(cohort.capacity - cohort.confirmed, 0)
        cohort.my_status = getattr(cohort, "my_status", None)
    return found


def cohort_for_leader(*, user, cohort_id: int) -> Cohort | None:
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    if cohort is None or not is_cohort_leader(user, cohort):
        return None
    return cohort


@dataclass
class OverviewRow:
    participant: Participant
    present: dict[int, bool | None] = field(default_factory=dict)  # day id -> present

    @property
    def days_attended(self) -> int:
        return sum(1 for v in self.present.values() if v)


@dataclass
class Overview:
    cohort: Cohort
    days: list[CourseDay]
    groups: list[LocalGroup]
    confirmed: list[OverviewRow]
    waitlisted: list[Participant]
    cancelled_count: int


def cohort_overview(*, cohort: Cohort) -> Overview:
    """Everyone in the cohort with attendance per day: four queries."""
    days = list(CourseDay.objects.filter(cohort=cohort).order_by("number"))
    groups = list(
        LocalGroup.objects.filter(cohort=cohort).select_related("leader", "co_leader").order_by("sort_order", "name")
    )
    participants = list(
        Participant.objects.filter(cohort=cohort)
        .select_related("user", "group")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    attendance: dict[int, dict[int, bool]] = {}
    for participant_id, day_id, present in Attendance.objects.filter(day__cohort=cohort).values_list(
        "participant_id", "day_id", "present"
    ):
        attendance.setdefault(participant_id, {})[day_id] = present
    confirmed = [
        OverviewRow(p, {d.pk: attendance.get(p.pk, {}).get(d.pk) for d in days})
        for p in participants
        if p.status == ParticipantStatus.CONFIRMED
    ]
    waitlisted = sorted(
        (p for p in participants if p.status == ParticipantStatus.WAITLISTED), key=lambda p: (p.waitlisted_at, p.pk)
    )
    cancelled = sum(1 for p in participants if p.status == ParticipantStatus.CANCELLED)
    return Overview(cohort, days, groups, confirmed, waitlisted, cancelled)


def day_for_leader(*, user, cohort_id: int, day_id: int) -> CourseDay | None:
    day = CourseDay.objects.select_related("cohort__course").filter(pk=day_id, cohort_id=cohort_id).first()
    if day is None or not is_cohort_leader(user, day.cohort):
        return None
    return day


def day_attendance(*, day: CourseDay) -> list[tuple[Participant, bool | None]]:
    """Every confirmed participant with their attendance that day (None: not marked). Two queries."""
    marked = dict(Attendance.objects.filter(day=day).values_list("participant_id", "present"))
    participants = (
        Participant.objects.filter(cohort_id=day.cohort_id, status=ParticipantStatus.CONFIRMED)
        .select_related("user", "group")
        .order_by("group__name", "user__last_name", "user__first_name", "pk")
    )
    return [(p, marked.get(p.pk)) for p in participants]


def group_messages(*, group: LocalGroup, limit: int = 20) -> list[GroupMessage]:
    """The group's history: its own messages and those to the whole cohort."""
    return list(
        GroupMessage.objects.filter(Q(group=group) | Q(cohort_id=group.cohort_id))
        .select_related("author")
        .annotate(recipient_count=Count("recipients"))
        .order_by("-created_at", "-pk")[:limit]
    )


def participant_by_calendar_token(token: str) -> Participant | None:
    return (
        Participant.objects.select_related("cohort__course")
        .filter(calendar_token=token, status=ParticipantStatus.CONFIRMED, cohort__published=True)
        .first()
    )
