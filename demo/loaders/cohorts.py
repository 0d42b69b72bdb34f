"""The demo cohorts of the course (issue 13), dated from today so they always
fall right: the living cohort ("Kull høsten 2026" or whichever season it
started in) with the demo learner between day 2 and day 3, and the next
season's cohort open for enrolment. Five course days on weekdays over about
eight weeks, never on a Norwegian public holiday (the holidays package).
The people and the course days are plain data in demo/content/cohorts.py.
Idempotent: a second run moves the dates to today and duplicates nothing."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from accounts.models import TEACHING_ROLES, Audience, Role, User
from cohorts.models import (
    Attendance,
    Cohort,
    CohortLeader,
    CourseDay,
    CourseDayPart,
    DayFormat,
    GroupMessage,
    GroupMessageRecipient,
    LocalGroup,
    Participant,
    ParticipantStatus,
    PreWork,
)
from demo.content import cohorts as content
from demo.dates import half_year, next_teaching_day
from demo.loaders import accounts as accounts_demo
from demo.loaders import modules as course_demo
from demo.loaders import quizzes as quizzes_demo
from modules import services as course_services
from modules.models import (
    CompletionRule,
    CourseFormat,
    CoursePage,
    EnrolmentSource,
    LessonPage,
    ModulePage,
    ReflectionAnswer,
)

COURSE_LEADER = course_demo.GROUP_LEADER  # Anne Lie: kursleder and leader of the first local group
CO_LEADER = "gjennomgang@demo.helsepedagogikk.no"  # Aud Helland: brukerrepresentant, medkursleder

SECOND_GROUP_LEADER = "jonas.berg@demo.helsepedagogikk.no"

GROUPS = [
    ("Lokalgruppe Vestfjord", COURSE_LEADER, CO_LEADER),
    ("Lokalgruppe Nordfjell", SECOND_GROUP_LEADER, None),
]
MEMBERS = {
    "Lokalgruppe Vestfjord": [course_demo.LEARNER, course_demo.USER_REPRESENTATIVE, "mari.solberg@demo.helsepedagogikk.no"],
    "Lokalgruppe Nordfjell": ["ingrid.haugen@demo.helsepedagogikk.no", "tor.aasen@demo.helsepedagogikk.no", "leila.haddad@demo.helsepedagogikk.no"],
}  # fmt: skip

# Days from the first day (before adjusting to a teaching day): about eight weeks in all.
OFFSETS = [0, 13, 27, 41, 56]


def season_title(first_day: datetime.date) -> str:
    year, season = half_year(first_day)
    return f"Kull {season} {year}"


def living_dates(today: datetime.date) -> list[datetime.date]:
    """Day 2 has been, day 3 is still to come: the learner is between them."""
    day2 = next_teaching_day(today - datetime.timedelta(days=3), forward=False)
    day1 = next_teaching_day(day2 - datetime.timedelta(days=OFFSETS[1]), forward=False)
    dates = [day1, day2]
    for offset in OFFSETS[2:]:
        dates.append(
            next_teaching_day(max(day1 + datetime.timedelta(days=offset), dates[-1] + datetime.timedelta(days=7)))
        )
    if dates[2] <= today:
        dates[2] = next_teaching_day(today + datetime.timedelta(days=7))
    return dates


def next_dates(today: datetime.date) -> list[datetime.date]:
    """The next season's cohort: early February or early September."""
    year, month = (today.year + 1, 2) if today.month >= 7 else (today.year, 9)
    first = next_teaching_day(datetime.date(year, month, 3))
    return [next_teaching_day(first + datetime.timedelta(days=offset)) for offset in OFFSETS]


def _time(hhmm: str) -> datetime.time:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.time(hour, minute)


def _at(day: datetime.date, hhmm: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, _time(hhmm)))


def _people() -> dict[str, User]:
    for spec in content.EXTRA_PEOPLE:
        # The second group's leader can log in: a group leader who sees one group only.
        password = accounts_demo.DEMO_PASSWORD if spec["email"] == SECOND_GROUP_LEADER else None
        accounts_demo.person(**spec, password=password)
    emails = [COURSE_LEADER, CO_LEADER, course_demo.LEARNER, course_demo.USER_REPRESENTATIVE]
    emails += [spec["email"] for spec in content.EXTRA_PEOPLE]
    return {u.email: u for u in User.objects.filter(email__in=emails)}


def _pre_work_pages(course: CoursePage) -> list[list[int]]:
    """Day n's pre-work: module n of the course (the last days share the last modules)."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path").values_list("pk", flat=True))
    if not modules:
        return [[] for _ in content.DAYS]
    return [[modules[min(i, len(modules) - 1)]] for i in range(len(content.DAYS))]


def _build(*, course, slug: str, dates, people, **fields) -> Cohort:
    """A published cohort on ``dates``, named after its season, with the demo
    leaders, local groups, course days, their parts and pre-work."""
    cohort, _created = Cohort.objects.update_or_create(
        course=course,
        slug=slug,
        defaults={
            "title": season_title(dates[0]),
            "starts_on": dates[0],
            "ends_on": dates[-1],
            "published": True,
            **fields,
        },
    )
    leaders = {}
    for order, (email, role) in enumerate(((COURSE_LEADER, Role.PROFESSIONAL), (CO_LEADER, Role.USER_REPRESENTATIVE))):
        leaders[role], _ = CohortLeader.objects.update_or_create(
            cohort=cohort, user=people[email], defaults={"role": role, "sort_order": order}
        )
    for order, (name, leader, co_leader) in enumerate(GROUPS):
        LocalGroup.objects.update_or_create(
            cohort=cohort,
            name=name,
            defaults={"leader": people.get(leader), "co_leader": people.get(co_leader), "sort_order": order},
        )
    pre_work = _pre_work_pages(course)
    for number, (spec, date) in enumerate(zip(content.DAYS, dates, strict=True), start=1):
        physical = spec["format"] == DayFormat.PHYSICAL
        day, _ = CourseDay.objects.update_or_create(
            cohort=cohort,
            number=number,
            defaults={
                "title": spec["title"],
                "starts_at": _at(date, "09:00"),
                "ends_at": _at(date, "15:30"),
                "format": spec["format"],
                "meeting_url": "" if physical else f"https://mote.demo.helsepedagogikk.no/{slug}-dag-{number}",
                "room": spec.get("room", ""),
                "address": content.ADDRESS if physical else "",
                "leader_guidance": spec["guidance"],
            },
        )
        CourseDayPart.objects.filter(day=day).delete()
        for order, (time, part_title, who) in enumerate(spec["parts"]):
            part = CourseDayPart(day=day, title=part_title, starts_at=_time(time), sort_order=order)
            roles = TEACHING_ROLES if who == Audience.ALL else [Role(who)]
            part.leaders.set([leaders[role] for role in roles])
            part.save()
        PreWork.objects.filter(day=day).delete()
        for order, page_id in enumerate(pre_work[number - 1]):
            PreWork.objects.create(day=day, page_id=page_id, sort_order=order)
    return cohort


def seat(cohort: Cohort, user: User, group: LocalGroup) -> Participant:
    """A confirmed seat in ``cohort`` and the course enrolment that goes with it."""
    participant, _ = Participant.objects.update_or_create(
        cohort=cohort,
        user=user,
        defaults={"group": group, "status": ParticipantStatus.CONFIRMED, "waitlisted_at": None, "cancelled_at": None},
    )
    course_services.course_enrol(user=user, course=cohort.course, source=EnrolmentSource.COHORT)
    return participant


def record_attendance(days, participants, *, marked_by: User | None, absent=frozenset()) -> None:
    """Attendance on each of ``days`` that is over: every participant present
    but for the (participant id, day number) pairs in ``absent``."""
    now = timezone.now()
    for day in days:
        if day.ends_at > now:
            continue
        for participant in participants:
            Attendance.objects.update_or_create(
                day=day,
                participant=participant,
                defaults={"present": (participant.pk, day.number) not in absent, "marked_by": marked_by},
            )


def group_messages(group: LocalGroup, members, *, author: User) -> None:
    """The group's message history, as if sent: the deliveries are marked
    sent, so loading the demo e-mails nobody."""
    now = timezone.now()
    for spec in content.GROUP_MESSAGES:
        message, _created = GroupMessage.objects.update_or_create(
            group=group, subject=spec["subject"], defaults={"body": spec["body"], "author": author}
        )
        for participant in members:
            GroupMessageRecipient.objects.get_or_create(
                message=message, user=participant.user, defaults={"claimed_at": now, "sent_at": now}
            )


def practice_quiz(course: CoursePage, participants) -> None:
    """Everyone in the living cohort has taken the practice questions of the
    course's first quiz lesson, most of them passing, so the quiz statistics
    and the group pages have results to show (at least the minimum group
    size of the reports)."""
    lesson = (
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(completion_rule=CompletionRule.QUIZ)
        .order_by("path")
        .first()
    )
    if lesson is None or not lesson.quiz_ids():
        return
    for index, participant in enumerate(participants):
        quizzes_demo.take(participant.user, quiz_id=lesson.quiz_ids()[0], lesson_id=lesson.pk, wrong=index % 4)


def share_first_reflection(user: User, course: CoursePage) -> None:
    """The learner shares their first reflection answer with the group
    leader, through the service, as ticking the box does."""
    answer = (
        ReflectionAnswer.objects.filter(user=user, lesson__path__startswith=course.path)
        .select_related("lesson")
        .order_by("lesson__path", "key")
        .first()
    )
    if answer is not None:
        course_services.reflection_save(
            user=user, lesson_id=answer.lesson_id, key=answer.key, text=answer.text, shared=True
        )


@transaction.atomic
def load(*, stdout=None, today: datetime.date | None = None) -> dict[str, Cohort]:
    today = today or timezone.localdate()
    course = CoursePage.objects.filter(slug=course_demo.COURSE["slug"]).first()
    if course is None:
        raise RuntimeError("Load the course demo first (demo.loaders.modules).")
    CoursePage.objects.filter(pk=course.pk).update(course_format=CourseFormat.COHORT, min_days_attended=4)
    course.refresh_from_db()
    people = _people()
    living_days = living_dates(today)
    living = _build(
        course=course,
        slug="levende-kull",
        dates=living_days,
        people=people,
        capacity=20,
        enrolment_opens_at=None,
        enrolment_closes_at=timezone.make_aware(datetime.datetime.combine(living_days[0], datetime.time(9))),
    )
    upcoming_days = next_dates(today)
    upcoming = _build(
        course=course,
        slug="neste-kull",
        dates=upcoming_days,
        people=people,
        capacity=24,
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=7),
        enrolment_closes_at=timezone.make_aware(
            datetime.datetime.combine(upcoming_days[0] - datetime.timedelta(days=14), datetime.time(23, 59))
        ),
    )
    groups = {g.name: g for g in LocalGroup.objects.filter(cohort=living)}
    seats = {email: seat(living, people[email], groups[name]) for name, emails in MEMBERS.items() for email in emails}
    record_attendance(
        living.days.order_by("number"),
        seats.values(),
        marked_by=people[COURSE_LEADER],
        absent={(seats["tor.aasen@demo.helsepedagogikk.no"].pk, 2)},
    )
    practice_quiz(course, seats.values())
    vestfjord = groups[GROUPS[0][0]]
    group_messages(vestfjord, [seats[email] for email in MEMBERS[vestfjord.name]], author=people[COURSE_LEADER])
    share_first_reflection(people[course_demo.LEARNER], course)
    if stdout is not None:
        stdout.write(
            f"Cohort demo: {living.title} (days {', '.join(d.strftime('%d.%m') for d in living_days)}), "
            f"{upcoming.title} open for enrolment."
        )
    return {"living": living, "upcoming": upcoming}
