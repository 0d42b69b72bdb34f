"""What a group leader sees of one member of their group, and a course
leader of anyone in their cohort: progress per module, quiz results,
submissions (the ``cohort_group_columns`` cells), attendance per course day
and the reflections the learner chose to share. Nobody else gets the
participant (None: the view answers 404)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail import hooks

from cohorts.models import Attendance, Cohort, CourseDay, LocalGroup, Participant, ParticipantStatus
from cohorts.selectors.access import can_lead_group, is_cohort_leader
from cohorts.selectors.groups import GROUP_COLUMNS_HOOK
from cohorts.selectors.timeline import day_plans
from cohorts.types import GroupCell
from modules import selectors as course_selectors


def member_for_leader(*, user, cohort_id: int, participant_id: int) -> Participant | None:
    """A confirmed participant of the cohort, for the leaders of their local
    group and the cohort's course leaders; None for anyone else."""
    if user is None or not user.is_authenticated:
        return None
    member = (
        Participant.objects.select_related("cohort__course", "group", "user__profile")
        .filter(pk=participant_id, cohort_id=cohort_id, status=ParticipantStatus.CONFIRMED)
        .first()
    )
    if member is None:
        return None
    if member.group is not None:
        member.group.cohort = member.cohort
        allowed = can_lead_group(user, member.group)
    else:
        allowed = is_cohort_leader(user, member.cohort)
    return member if allowed else None


@dataclass
class DayAttendance:
    day: CourseDay
    present: bool | None  # None: not marked


@dataclass
class MemberDetail:
    participant: Participant
    name: str
    role: str
    progress: course_selectors.MemberProgress | None
    quizzes: list[tuple[str, course_selectors.QuizResult | None]] = field(default_factory=list)
    cells: list[GroupCell] = field(default_factory=list)
    days: list[DayAttendance] = field(default_factory=list)
    reflections: list[course_selectors.SharedReflection] = field(default_factory=list)

    @property
    def days_attended(self) -> int:
        return sum(1 for d in self.days if d.present)


def member_detail(*, participant: Participant) -> MemberDetail:
    """One member's details for their leaders. A fixed number of queries,
    whatever the number of lessons, quizzes, assignments or days."""
    cohort = participant.cohort
    course = cohort.course
    progress = course_selectors.members_progress(course=course, user_ids=[participant.user_id])
    quizzes = course_selectors.members_quiz_results(course=course, user_ids=[participant.user_id])[participant.user_id]
    cells: list[GroupCell] = []
    for fn in hooks.get_hooks(GROUP_COLUMNS_HOOK):
        cells.extend((fn(cohort=cohort, group=participant.group, members=[participant]) or {}).get(participant.pk, []))
    marked = dict(Attendance.objects.filter(participant=participant).values_list("day_id", "present"))
    days = [
        DayAttendance(day, marked.get(day.pk)) for day in CourseDay.objects.filter(cohort=cohort).order_by("number")
    ]
    profile = getattr(participant.user, "profile", None)
    return MemberDetail(
        participant=participant,
        name=participant.user.get_full_name() or participant.user.email,
        role=profile.get_role_display() if profile else "",
        progress=progress.get(participant.user_id),
        quizzes=[(title, quizzes.results.get(quiz_id)) for quiz_id, title in quizzes.quizzes],
        cells=cells,
        days=days,
        reflections=course_selectors.shared_reflections(course=course, user_id=participant.user_id),
    )


def group_day_for_leader(*, user, cohort_id: int, group_id: int, day_id: int) -> tuple[LocalGroup, CourseDay] | None:
    """(group, day) when ``user`` leads the group (or the cohort) and the
    day belongs to the group's cohort; else None."""
    group = (
        LocalGroup.objects.select_related("cohort__course", "leader", "co_leader")
        .filter(pk=group_id, cohort_id=cohort_id)
        .first()
    )
    if group is None or not can_lead_group(user, group):
        return None
    day = CourseDay.objects.filter(pk=day_id, cohort_id=cohort_id).first()
    if day is None:
        return None
    day.cohort = group.cohort
    return group, day


def group_day_attendance(*, group: LocalGroup, day: CourseDay) -> list[tuple[Participant, bool | None]]:
    """The group's confirmed members with their attendance that day (None:
    not marked). Two queries."""
    members = list(
        Participant.objects.filter(group=group, status=ParticipantStatus.CONFIRMED)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    marked = dict(Attendance.objects.filter(day=day, participant__in=members).values_list("participant_id", "present"))
    return [(member, marked.get(member.pk)) for member in members]


def cohort_days(*, cohort: Cohort) -> list[CourseDay]:
    """The cohort's days in order, from memory (timeline.day_plans)."""
    return [plan.day for plan in day_plans(cohort.pk)]


def group_for_member_or_leader(*, user, cohort_id: int, group_id: int) -> LocalGroup | None:
    """The group, for its confirmed members and for those who lead it
    (its leaders, the cohort's course leaders); None for anyone else."""
    if user is None or not user.is_authenticated:
        return None
    group = (
        LocalGroup.objects.select_related("cohort__course", "leader", "co_leader")
        .filter(pk=group_id, cohort_id=cohort_id)
        .first()
    )
    if group is None:
        return None
    member = Participant.objects.filter(group=group, user=user, status=ParticipantStatus.CONFIRMED).exists()
    return group if member or can_lead_group(user, group) else None
