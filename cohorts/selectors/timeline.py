"""The learner's cohort page: the timeline Dag 1 … Dag N, each done, next
or upcoming, with the pre-work and what other apps add under each day and
under "To complete the course" (hook ``cohort_participant_items``). A fixed
number of queries, whatever the number of days, parts, pre-work, items or
participants (asserted in tests/cohorts): the days, their parts and
pre-work are the same for everyone and kept in memory per content version
(cohorts.cache)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail import hooks

from cohorts.models import (
    Attendance,
    Cohort,
    CohortLeader,
    CourseDay,
    CourseDayPart,
    LocalGroup,
    Participant,
    ParticipantStatus,
    PreWork,
)
from cohorts.selectors.completion import attendance_requirement
from cohorts.types import ParticipantItems, Requirement, TimelineItem
from elearning import content_cache
from modules import selectors as course_selectors

PARTICIPANT_ITEMS_HOOK = "cohort_participant_items"


class DayState:
    DONE = "done"
    NEXT = "next"
    UPCOMING = "upcoming"


@dataclass
class PreWorkItem:
    title: str
    url: str
    done: bool


@dataclass(frozen=True)
class DayPart:
    title: str
    starts_at: datetime.time
    leader_ids: tuple[int, ...]


@dataclass(frozen=True)
class DayPlan:
    """A course day as every participant sees it alike (kept in memory):
    its parts, and its pre-work as (page id, title, url)."""

    day: CourseDay
    parts: tuple[DayPart, ...]
    pre_work: tuple[tuple[int, str, str], ...]


@dataclass
class TimelinePart:
    title: str
    starts_at: datetime.time
    leaders: list[CohortLeader]


@dataclass
class TimelineDay:
    day: CourseDay
    state: str
    attended: bool | None  # None: not marked (yet)
    pre_work: list[PreWorkItem] = field(default_factory=list)
    items: list[TimelineItem] = field(default_factory=list)
    parts: list[TimelinePart] = field(default_factory=list)

    @property
    def todo(self) -> list:
        """What to do now for this day: pre-work and items not done yet."""
        return [p for p in self.pre_work if not p.done] + [i for i in self.items if not i.done]


@dataclass
class CohortPage:
    cohort: Cohort
    leaders: list[CohortLeader]
    participant: Participant | None
    is_leader: bool  # a course leader (or staff)
    led_groups: list[LocalGroup]
    days: list[TimelineDay]
    confirmed_count: int = 0
    requirements: list[Requirement] = field(default_factory=list)  # for a confirmed participant
    changes_at: list[datetime.datetime] = field(default_factory=list)  # the hooks' items change by themselves

    @property
    def is_confirmed(self) -> bool:
        return self.participant is not None and self.participant.status == ParticipantStatus.CONFIRMED

    @property
    def is_waitlisted(self) -> bool:
        return self.participant is not None and self.participant.status == ParticipantStatus.WAITLISTED

    @property
    def in_cohort(self) -> bool:
        """Sees the days in full: confirmed participants and every leader."""
        return self.is_confirmed or self.is_leader or bool(self.led_groups)

    @property
    def sees_guidance(self) -> bool:
        return self.is_leader or bool(self.led_groups)

    @property
    def next_day(self) -> TimelineDay | None:
        return next((d for d in self.days if d.state == DayState.NEXT), None)

    @property
    def seats_left(self) -> int:
        return max(self.cohort.capacity - self.confirmed_count, 0)

    @property
    def enrolment_open(self) -> bool:
        now = timezone.now()
        c = self.cohort
        return (
            c.published
            and (c.enrolment_opens_at is None or c.enrolment_opens_at <= now)
            and (c.enrolment_closes_at is None or now < c.enrolment_closes_at)
            and c.starts_on >= timezone.localdate()
        )


def day_plans(cohort_id: int) -> list[DayPlan]:
    """The cohort's days in order, with their parts and pre-work: three
    queries once per content version in this process (cohorts.cache)."""
    return content_cache.local(("cohorts:days", cohort_id), lambda: _read_day_plans(cohort_id))


def _read_day_plans(cohort_id: int) -> list[DayPlan]:
    days = CourseDay.objects.filter(cohort_id=cohort_id).order_by("number")
    days = days.prefetch_related(
        Prefetch(
            "parts",
            queryset=CourseDayPart.objects.order_by("sort_order", "starts_at").prefetch_related(
                Prefetch("leaders", queryset=CohortLeader.objects.only("pk"))
            ),
        ),
        Prefetch("pre_work", queryset=PreWork.objects.select_related("page").order_by("sort_order", "pk")),
    )
    return [
        DayPlan(
            day=day,
            parts=tuple(
                DayPart(part.title, part.starts_at, tuple(leader.pk for leader in part.leaders.all()))
                for part in day.parts.all()
            ),
            pre_work=tuple((item.page_id, item.page.title, item.page.url or "") for item in day.pre_work.all()),
        )
        for day in days
    ]


def _pre_work_done(progress) -> tuple[dict[int, bool], dict[int, str]]:
    """Page id → done, and page id → url, from the learner's course progress."""
    done: dict[int, bool] = {}
    urls: dict[int, str] = {}
    for module in progress.modules if progress else []:
        done[module.id] = bool(module.lessons) and all(lesson.completed for lesson in module.lessons)
        urls[module.id] = module.url
        for lesson in module.lessons:
            done[lesson.id] = lesson.completed
            urls[lesson.id] = lesson.url
    return done, urls


def day_states(days: list[CourseDay], *, now: datetime.datetime) -> dict[int, str]:
    """A day is done once it has ended; the first day not ended is next."""
    states, seen_next = {}, False
    for day in days:
        if day.ends_at <= now:
            states[day.pk] = DayState.DONE
        elif not seen_next:
            states[day.pk] = DayState.NEXT
            seen_next = True
        else:
            states[day.pk] = DayState.UPCOMING
    return states


def _edits_cohorts(user) -> bool:
    # is_staff first: learners never pay for the permission queries.
    return user.is_superuser or (user.is_staff and user.has_perm("cohorts.change_cohort"))


def _cohort(*, user, cohort_id: int) -> Cohort | None:
    """The cohort with its course, its number of confirmed seats, and
    whether ``user`` leads a local group in it: one query."""
    confirmed = (
        Participant.objects.filter(cohort=OuterRef("pk"), status=ParticipantStatus.CONFIRMED)
        .order_by()
        .values("cohort")
        .annotate(n=Count("pk"))
        .values("n")
    )
    found = Cohort.objects.select_related("course").annotate(
        confirmed=Coalesce(Subquery(confirmed, output_field=IntegerField()), 0)
    )
    if user.is_authenticated:
        led = LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort=OuterRef("pk"))
        found = found.annotate(leads_group=Exists(led))
    return found.filter(pk=cohort_id).first()


def cohort_page(*, user, cohort_id: int, request=None, now: datetime.datetime | None = None) -> CohortPage | None:
    """The cohort page for ``user``, or None (→ 404) if the cohort is not
    published and the user does not lead it. Queries: the cohort, its
    leaders, the user's seat; for a group leader their groups; for a
    confirmed participant their attendance, course progress and what the
    ``cohort_participant_items`` hooks read. The days come from memory
    (day_plans)."""
    now = now or timezone.now()
    cohort = _cohort(user=user, cohort_id=cohort_id)
    if cohort is None:
        return None
    signed_in = user.is_authenticated
    leaders = list(CohortLeader.objects.filter(cohort=cohort).select_related("user").order_by("sort_order", "pk"))
    is_leader = signed_in and (any(leader.user_id == user.pk for leader in leaders) or _edits_cohorts(user))
    groups = []
    if signed_in and cohort.leads_group:
        groups = list(LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort=cohort))
    if not cohort.published and not (is_leader or groups):
        return None
    member = Participant.objects.filter(cohort=cohort, user=user).select_related("group").first() if signed_in else None
    plans = day_plans(cohort.pk)
    days = [plan.day for plan in plans]
    page = CohortPage(cohort, leaders, member, is_leader, groups, [], confirmed_count=cohort.confirmed)
    attended: dict[int, bool] = {}
    done, urls = {}, {}
    extra: dict[int, list[TimelineItem]] = {}
    if page.is_confirmed:
        attended = dict(Attendance.objects.filter(participant=member).values_list("day_id", "present"))
        progress = course_selectors.course_progress(course=cohort.course, user=user, request=request, now=now)
        done, urls = _pre_work_done(progress)
        page.requirements = [attendance_requirement(cohort, attended=sum(1 for p in attended.values() if p))]
        for fn in hooks.get_hooks(PARTICIPANT_ITEMS_HOOK):
            found = fn(user=user, cohort=cohort, days=days) or ParticipantItems()
            for day_id, items in found.timeline.items():
                extra.setdefault(day_id, []).extend(items)
            page.requirements.extend(found.requirements)
            page.changes_at.extend(found.changes_at)
    states = day_states(days, now=now)
    by_id = {leader.pk: leader for leader in leaders}
    for plan in plans:
        pre_work = [
            PreWorkItem(title=title, url=urls.get(page_id) or url, done=done.get(page_id, False))
            for page_id, title, url in plan.pre_work
        ]
        parts = [
            TimelinePart(part.title, part.starts_at, [by_id[i] for i in part.leader_ids if i in by_id])
            for part in plan.parts
        ]
        day = plan.day
        page.days.append(TimelineDay(day, states[day.pk], attended.get(day.pk), pre_work, extra.get(day.pk, []), parts))
    return page
