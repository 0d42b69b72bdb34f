"""The group page: the members of a local group with their progress in the
course, quiz results and attendance, plus the columns other apps add (hook
``cohort_group_columns``). A course leader's page of the whole cohort shows
the same rows for every confirmed participant."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from wagtail import hooks

from cohorts.models import Attendance, Cohort, LocalGroup, Participant, ParticipantStatus
from cohorts.selectors.access import can_lead_group
from cohorts.types import GroupCell
from modules import selectors as course_selectors

GROUP_COLUMNS_HOOK = "cohort_group_columns"


@dataclass
class MemberRow:
    participant: Participant
    name: str
    role: str
    percent: int
    completed_count: int
    total: int
    days_attended: int
    last_visited_at: object = None
    quizzes_passed: int = 0
    quizzes_total: int = 0
    detail_url: str = ""
    cells: list[GroupCell] = field(default_factory=list)


def group_for_leader(*, user, cohort_id: int, group_id: int) -> LocalGroup | None:
    group = (
        LocalGroup.objects.select_related("cohort__course", "leader", "co_leader")
        .filter(pk=group_id, cohort_id=cohort_id)
        .first()
    )
    if group is None or not can_lead_group(user, group):
        return None
    return group


def group_members(*, group: LocalGroup) -> list[MemberRow]:
    """Every confirmed member of ``group`` with progress, quiz results,
    attendance and the hook's cells. A fixed number of queries, whatever the
    group size."""
    return member_rows(cohort=group.cohort, group=group)


def member_rows(*, cohort: Cohort, group: LocalGroup | None = None) -> list[MemberRow]:
    """The confirmed participants of ``group``, or of the whole ``cohort``
    when ``group`` is None, each with progress, quiz results, attendance and
    the ``cohort_group_columns`` cells. A fixed number of queries, whatever
    the number of participants, lessons, quizzes or days."""
    members = Participant.objects.filter(cohort=cohort, status=ParticipantStatus.CONFIRMED)
    if group is not None:
        members = members.filter(group=group)
    members = list(
        members.select_related("user__profile", "group").order_by("user__last_name", "user__first_name", "pk")
    )
    user_ids = [m.user_id for m in members]
    progress = course_selectors.members_progress(course=cohort.course, user_ids=user_ids)
    quiz_results = course_selectors.members_quiz_results(course=cohort.course, user_ids=user_ids)
    attended: dict[int, int] = {}
    for participant_id in Attendance.objects.filter(participant__in=members, present=True).values_list(
        "participant_id", flat=True
    ):
        attended[participant_id] = attended.get(participant_id, 0) + 1
    cells: dict[int, list[GroupCell]] = {}
    for fn in hooks.get_hooks(GROUP_COLUMNS_HOOK):
        for participant_id, extra in (fn(cohort=cohort, group=group, members=members) or {}).items():
            cells.setdefault(participant_id, []).extend(extra)
    rows = []
    for member in members:
        row = progress.get(member.user_id)
        profile = getattr(member.user, "profile", None)
        quizzes = quiz_results[member.user_id]
        rows.append(
            MemberRow(
                participant=member,
                name=member.user.get_full_name() or member.user.email,
                role=profile.get_role_display() if profile else "",
                percent=row.percent if row else 0,
                completed_count=row.completed_count if row else 0,
                total=row.total if row else 0,
                days_attended=attended.get(member.pk, 0),
                last_visited_at=row.last_visited_at if row else None,
                quizzes_passed=quizzes.passed,
                quizzes_total=quizzes.total,
                detail_url=reverse("cohorts:member", args=[cohort.pk, member.pk]),
                cells=cells.get(member.pk, []),
            )
        )
    return rows
