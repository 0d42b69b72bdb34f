"""The learner's cohort page: the timeline Dag 1 … Dag N, each done, next
or upcoming, with the pre-work and what other apps add under each day (hook
``cohort_timeline_items``). A fixed number of queries, whatever the number
of days, parts, pre-work or items (asserted in tests/cohorts)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
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
from cohorts.types import TimelineItem
from modules import selectors as course_selectors

TIMELINE_ITEMS_HOOK = "cohort_timeline_items"


class DayState:
    DONE = "done"
    NEXT = "next"
    UPCOMING = "upcoming"


@dataclass
class PreWorkItem:
    title: str
    url: str
    done: bool


@dataclass
class TimelineDay:
    day: CourseDay
    state: str
    attended: bool | None  # None: not marked (yet)
    pre_work: list[PreWorkItem] = field(default_factory=list)
    items: list[TimelineItem] = field(default_factory=list)

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


def _days(cohort: Cohort) -> list[CourseDay]:
    return list(
        CourseDay.objects.filter(cohort=cohort)
        .order_by("number")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=CourseDayPart.objects.order_by("sort_order", "starts_at").prefetch_related(
                    Prefetch("leaders", queryset=CohortLeader.objects.select_related("user"))
                ),
            ),
            Prefetch("pre_work", queryset=PreWork.objects.select_related("page").order_by("sort_order", "pk")),
        )
    )


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


def cohort_page(*, user, cohort_id: int, request=None, now: datetime.datetime | None = None) -> CohortPage | None:
    """The cohort page for ``user``, or None (→ 404) if the cohort is not
    published and the user does not lead it."""
    now = now or timezone.now()
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    if cohort is None:
        return None
    signed_in = user.is_authenticated
    leaders = list(CohortLeader.objects.filter(cohort=cohort).select_related("user").order_by("sort_order", "pk"))
    is_leader = signed_in and (
        user.is_superuser
        or any(leader.user_id == user.pk for leader in leaders)
        or user.has_perm("cohorts.change_cohort")
    )
    groups = list(LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort=cohort)) if signed_in else []
    if not cohort.published and not (is_leader or groups):
        return None
    member = Participant.objects.filter(cohort=cohort, user=user).select_related("group").first() if signed_in else None
    confirmed = Participant.objects.filter(cohort=cohort, status=ParticipantStatus.CONFIRMED).count()
    days = _days(cohort)
    page = CohortPage(cohort, leaders, member, is_leader, groups, [], confirmed_count=confirmed)
    attended: dict[int, bool] = {}
    done, urls = {}, {}
    extra: dict[int, list[TimelineItem]] = {}
    if page.is_confirmed:
        attended = dict(Attendance.objects.filter(participant=member).values_list("day_id", "present"))
        progress = course_selectors.course_progress(course=cohort.course, user=user, request=request, now=now)
        done, urls = _pre_work_done(progress)
        for fn in hooks.get_hooks(TIMELINE_ITEMS_HOOK):
            for day_id, items in (fn(user=user, cohort=cohort, days=days) or {}).items():
                extra.setdefault(day_id, []).extend(items)
    states = day_states(days, now=now)
    for day in days:
        pre_work = [
            PreWorkItem(
                title=item.page.title,
                url=urls.get(item.page_id) or item.page.url or "",
                done=done.get(item.page_id, False),
            )
            for item in day.pre_work.all()
        ]
        page.days.append(TimelineDay(day, states[day.pk], attended.get(day.pk), pre_work, extra.get(day.pk, [])))
    return page
