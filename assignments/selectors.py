"""Reads for assignments: who may see what, the pages' data, and the answers
to the cohort hooks (timeline, group page, completion). Every read runs a
number of queries that does not grow with the number of days, assignments,
submissions, files, feedback or members.

Who sees what:
- a submission's owner (its participant; for a final plan, every member of
  the team) sees it in every state;
- its reviewers see it once it is submitted: the cohort's course leaders,
  and the leader and co-leader of the participant's local group;
- when the assignment is shared with the group, the other confirmed
  participants of the same local group see it once it is submitted;
- everyone else gets None here, and a 404 from the view.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import TEACHING_ROLE_VALUES
from assignments.models import (
    Assignment,
    AssignmentKind,
    Comment,
    Feedback,
    RubricCriterion,
    RubricScore,
    Submission,
    SubmissionFile,
    SubmissionStatus,
    Visibility,
)
from cohorts import selectors as cohort_selectors
from cohorts.models import CohortLeader, LocalGroup, Participant, ParticipantStatus
from cohorts.types import GroupCell, ParticipantItems, Requirement, TimelineItem
from coteaching.models import Membership, TeachingPlan


@dataclass(frozen=True)
class Viewer:
    """What one user is in one cohort."""

    user_id: int | None
    participant: Participant | None = None
    course_leader: bool = False
    led_group_ids: frozenset[int] = frozenset()

    @property
    def is_leader(self) -> bool:
        return self.course_leader or bool(self.led_group_ids)

    @property
    def is_inside(self) -> bool:
        return self.participant is not None or self.is_leader

    def reviews(self, submission: Submission) -> bool:
        return self.course_leader or submission.participant.group_id in self.led_group_ids


def viewer_for(*, user, cohort) -> Viewer:
    """Three queries (none for an anonymous user). Course leaders are the
    cohort's leaders and staff who may edit cohorts, as on the cohort pages."""
    if not getattr(user, "is_authenticated", False):
        return Viewer(user_id=None)
    participant = (
        Participant.objects.select_related("group")
        .filter(cohort=cohort, user=user, status=ParticipantStatus.CONFIRMED)
        .first()
    )
    course_leader = cohort_selectors.is_cohort_leader(user, cohort)
    led = LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort=cohort).values_list("pk", flat=True)
    return Viewer(user_id=user.pk, participant=participant, course_leader=course_leader, led_group_ids=frozenset(led))


def _submission_related(queryset):
    return queryset.select_related(
        "assignment__cohort", "participant__user", "participant__group", "team", "plan"
    ).prefetch_related(
        Prefetch("files", queryset=SubmissionFile.objects.order_by("uploaded_at", "pk")),
        Prefetch("feedback", queryset=Feedback.objects.select_related("author").order_by("created_at", "pk")),
        Prefetch("comments", queryset=Comment.objects.select_related("author").order_by("created_at", "pk")),
        Prefetch("rubric_scores", queryset=RubricScore.objects.select_related("assessed_by")),
    )


def _own_submission(*, assignment: Assignment, viewer: Viewer, user) -> Submission | None:
    if viewer.participant is None:
        return None
    mine = Q(participant=viewer.participant)
    if assignment.is_final_plan:
        mine |= Q(team__memberships__user=user)
    return _submission_related(Submission.objects.filter(mine, assignment=assignment)).distinct().first()


@dataclass
class PlanChoice:
    plan: TeachingPlan
    has_both_roles: bool


@dataclass
class AssignmentPage:
    assignment: Assignment
    viewer: Viewer
    submission: Submission | None = None
    group_submissions: list[Submission] = field(default_factory=list)
    plan_choices: list[PlanChoice] = field(default_factory=list)
    waiting_count: int = 0

    @property
    def closed(self) -> bool:
        return self.assignment.is_closed()

    @property
    def can_submit(self) -> bool:
        if self.viewer.participant is None or self.closed:
            return False
        return self.submission is None or self.submission.is_editable


def assignment_page(*, user, assignment_id: int) -> AssignmentPage | None:
    """The assignment as its participant or a leader sees it; None for
    anyone outside the cohort. At most nine queries."""
    assignment = Assignment.objects.select_related("cohort", "after_day").filter(pk=assignment_id).first()
    if assignment is None:
        return None
    viewer = viewer_for(user=user, cohort=assignment.cohort)
    if not viewer.is_inside:
        return None
    page = AssignmentPage(assignment=assignment, viewer=viewer)
    if viewer.participant is not None:
        page.submission = _own_submission(assignment=assignment, viewer=viewer, user=user)
        group_id = viewer.participant.group_id
        if assignment.visibility == Visibility.GROUP and group_id is not None:
            page.group_submissions = list(
                Submission.objects.filter(assignment=assignment, participant__group_id=group_id)
                .exclude(status=SubmissionStatus.DRAFT)
                .exclude(participant=viewer.participant)
                .select_related("participant__user")
                .order_by("submitted_at", "pk")
            )
        if assignment.is_final_plan and (page.submission is None or page.submission.is_editable):
            page.plan_choices = plan_choices(user=user)
    if viewer.is_leader:
        page.waiting_count = (
            _reviewable(Submission.objects.filter(assignment=assignment), viewer)
            .filter(status=SubmissionStatus.SUBMITTED)
            .count()
        )
    return page


def plan_choices(*, user) -> list[PlanChoice]:
    """The teaching plans of the user's teams, each with whether its team has
    both a professional and a user representative. Two queries."""
    plans = list(
        TeachingPlan.objects.filter(team__memberships__user=user)
        .select_related("team")
        .prefetch_related(Prefetch("team__memberships", queryset=Membership.objects.only("pk", "team_id", "role")))
        .order_by("-updated_at", "-pk")
        .distinct()
    )
    choices = []
    for plan in plans:
        roles = {membership.role for membership in plan.team.memberships.all()}
        choices.append(PlanChoice(plan=plan, has_both_roles=set(TEACHING_ROLE_VALUES) <= roles))
    return choices


def _reviewable(queryset, viewer: Viewer):
    if viewer.course_leader:
        return queryset
    return queryset.filter(participant__group_id__in=viewer.led_group_ids)


@dataclass
class SubmissionPage:
    submission: Submission
    viewer: Viewer
    is_owner: bool
    can_review: bool

    @property
    def assignment(self) -> Assignment:
        return self.submission.assignment

    @property
    def can_feedback(self) -> bool:
        return self.can_review and self.submission.status != SubmissionStatus.APPROVED

    @property
    def can_assess(self) -> bool:
        return (
            self.viewer.course_leader
            and self.assignment.is_final_plan
            and self.submission.status != SubmissionStatus.DRAFT
        )

    @property
    def can_comment(self) -> bool:
        return self.assignment.allow_comments and self.submission.status != SubmissionStatus.DRAFT

    @property
    def rubric(self) -> list[tuple[str, str, RubricScore | None]]:
        scores = {score.criterion: score for score in self.submission.rubric_scores.all()}
        return [(value, label, scores.get(value)) for value, label in RubricCriterion.choices]


def submission_page(*, user, submission_id: int) -> SubmissionPage | None:
    """One submission with its files, feedback, comments and rubric, if
    ``user`` may see it (see the module docstring); else None. At most ten
    queries."""
    submission = _submission_related(Submission.objects.filter(pk=submission_id)).first()
    if submission is None:
        return None
    viewer = viewer_for(user=user, cohort=submission.assignment.cohort)
    if not viewer.is_inside:
        return None
    is_owner = submission.participant.user_id == viewer.user_id
    if not is_owner and submission.team_id and viewer.participant is not None:
        is_owner = Membership.objects.filter(team_id=submission.team_id, user_id=viewer.user_id).exists()
    submitted = submission.status != SubmissionStatus.DRAFT
    can_review = submitted and viewer.reviews(submission)
    peer = (
        submitted
        and submission.assignment.visibility == Visibility.GROUP
        and viewer.participant is not None
        and viewer.participant.group_id is not None
        and viewer.participant.group_id == submission.participant.group_id
    )
    if not (is_owner or can_review or peer):
        return None
    return SubmissionPage(submission=submission, viewer=viewer, is_owner=is_owner, can_review=can_review)


def waiting_submissions(*, user) -> list[Submission]:
    """Submissions waiting for this leader's feedback, oldest first: in the
    cohorts they lead, and from the members of the groups they lead. One
    query."""
    if not getattr(user, "is_authenticated", False):
        return []
    return list(
        Submission.objects.filter(status=SubmissionStatus.SUBMITTED)
        .filter(
            Q(assignment__cohort__leaders__user=user)
            | Q(participant__group__leader=user)
            | Q(participant__group__co_leader=user)
        )
        .select_related("assignment__cohort", "participant__user", "participant__group")
        .distinct()
        .order_by("submitted_at", "pk")
    )


def participant_items(*, user, cohort, days) -> ParticipantItems:
    """Hook ``cohort_participant_items``: timeline_items and
    completion_requirements from one read of the cohort's assignments and
    the user's submissions. Two queries."""
    assignments = _assignments(cohort)
    statuses = _statuses_for(user=user, cohort=cohort)
    return ParticipantItems(
        timeline=_timeline(assignments, statuses, days), requirements=_requirements(assignments, statuses)
    )


def _assignments(cohort) -> list[Assignment]:
    return list(Assignment.objects.filter(cohort=cohort).order_by("due_at", "sort_order", "pk"))


def timeline_items(*, user, cohort, days) -> dict[int, list[TimelineItem]]:
    """Each assignment under the day it follows (or the last day before it
    is due), done when submitted. Two queries, whatever the number of days
    and assignments."""
    if not days:
        return {}
    return _timeline(_assignments(cohort), _statuses_for(user=user, cohort=cohort), days)


def _timeline(assignments: list[Assignment], statuses: dict[int, str], days) -> dict[int, list[TimelineItem]]:
    days = sorted(days, key=lambda day: day.starts_at)
    if not days:
        return {}
    items: dict[int, list[TimelineItem]] = defaultdict(list)
    day_ids = {day.pk for day in days}
    for assignment in assignments:
        day_id = assignment.after_day_id if assignment.after_day_id in day_ids else None
        if day_id is None:
            before = [day for day in days if day.starts_at <= assignment.due_at] or days[:1]
            day_id = before[-1].pk
        status = statuses.get(assignment.pk)
        items[day_id].append(
            TimelineItem(
                kind=f"assignment_{assignment.kind}",
                label=assignment.title,
                url=assignment.get_absolute_url(),
                due_at=assignment.due_at,
                done=status is not None and status != SubmissionStatus.DRAFT,
            )
        )
    return dict(items)


def _statuses_for(*, user, cohort) -> dict[int, str]:
    """Assignment id -> the status of the user's (or their team's) submission. One query."""
    rows = (
        Submission.objects.filter(assignment__cohort=cohort)
        .filter(Q(participant__user=user) | Q(team__memberships__user=user))
        .values_list("assignment_id", "status")
        .distinct()
    )
    order = list(SubmissionStatus.values)
    statuses: dict[int, str] = {}
    for assignment_id, status in rows:
        if assignment_id not in statuses or order.index(status) > order.index(statuses[assignment_id]):
            statuses[assignment_id] = status
    return statuses


def group_columns(*, cohort, members) -> dict[int, list[GroupCell]]:
    """Hook ``cohort_group_columns``: one cell per assignment for each member
    (of a group or of the whole cohort), with the submission's state and a
    link to it, where a leader gives feedback. A final plan is the team's
    submission: every member of the team shows its state, not only the one
    who submitted it. Two queries."""
    members = list(members)
    assignments = list(Assignment.objects.filter(cohort_id=cohort.pk).order_by("due_at", "sort_order", "pk"))
    participant_for_user = {member.user_id: member.pk for member in members}
    rows = (
        Submission.objects.filter(assignment__in=assignments)
        .filter(
            Q(participant_id__in=participant_for_user.values())
            | Q(team__memberships__user_id__in=participant_for_user.keys())
        )
        .annotate(member_user_id=F("team__memberships__user_id"))
        .only("pk", "assignment_id", "participant_id", "status", "is_late")
    )
    order = list(SubmissionStatus.values)
    by_key: dict[tuple[int, int], Submission] = {}
    for submission in rows:
        for participant_id in {submission.participant_id, participant_for_user.get(submission.member_user_id)}:
            key = (participant_id, submission.assignment_id)
            held = by_key.get(key)
            if held is None or order.index(submission.status) > order.index(held.status):
                by_key[key] = submission
    labels = dict(SubmissionStatus.choices)
    columns: dict[int, list[GroupCell]] = {}
    for member in members:
        cells = []
        for assignment in assignments:
            submission = by_key.get((member.pk, assignment.pk))
            if submission is None or submission.status == SubmissionStatus.DRAFT:
                cells.append(GroupCell(label=assignment.title, value=_("Not submitted")))
                continue
            value = str(labels[submission.status])
            if submission.is_late:
                value = _("%(status)s (late)") % {"status": value}
            cells.append(GroupCell(label=assignment.title, value=value, url=submission.get_absolute_url()))
        columns[member.pk] = cells
    return columns


def completion_requirements(*, user, cohort) -> list[Requirement]:
    """Hook ``cohort_completion_requirements``: each required assignment
    approved, the final plan among them. Two queries."""
    assignments = Assignment.objects.filter(cohort=cohort, required=True).order_by("due_at", "sort_order", "pk")
    return _requirements(list(assignments), _statuses_for(user=user, cohort=cohort))


def _requirements(assignments: list[Assignment], statuses: dict[int, str]) -> list[Requirement]:
    requirements = []
    for assignment in assignments:
        if not assignment.required:
            continue
        if assignment.kind == AssignmentKind.FINAL_PLAN:
            label = _("Final plan approved: %(title)s") % {"title": assignment.title}
        else:
            label = _("Assignment approved: %(title)s") % {"title": assignment.title}
        requirements.append(
            Requirement(
                key=f"assignment:{assignment.pk}",
                label=label,
                met=statuses.get(assignment.pk) == SubmissionStatus.APPROVED,
                url=assignment.get_absolute_url(),
            )
        )
    return requirements


def due_reminder_candidates(*, now=None, hours: int) -> list[tuple[int, int]]:
    """(assignment id, user id) of confirmed participants who have not
    submitted an assignment due within ``hours`` (and not closed). Two queries."""
    now = now or timezone.now()
    soon = now + datetime.timedelta(hours=hours)
    assignments = list(
        Assignment.objects.filter(due_at__gt=now, due_at__lte=soon, kind=AssignmentKind.PRACTICE)
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
        .order_by("pk")
        .values_list("pk", "cohort_id")
    )
    if not assignments:
        return []
    cohort_ids = {cohort_id for _pk, cohort_id in assignments}
    # In one order, so two sweeps at once meet on the same first row.
    participants = (
        Participant.objects.filter(cohort_id__in=cohort_ids, status=ParticipantStatus.CONFIRMED)
        .order_by("pk")
        .values_list("cohort_id", "user_id", "pk")
    )
    submitted = set(
        Submission.objects.filter(assignment_id__in=[pk for pk, _c in assignments])
        .exclude(status=SubmissionStatus.DRAFT)
        .values_list("assignment_id", "participant_id")
    )
    by_cohort = defaultdict(list)
    for cohort_id, user_id, participant_id in participants:
        by_cohort[cohort_id].append((user_id, participant_id))
    return [
        (assignment_id, user_id)
        for assignment_id, cohort_id in assignments
        for user_id, participant_id in by_cohort[cohort_id]
        if (assignment_id, participant_id) not in submitted
    ]


def waiting_reminder_candidates(*, now=None, hours: int) -> list[tuple[int, int, int, int]]:
    """(leader user id, assignment id, submission id, round) for submissions
    that have waited ``hours`` for feedback: one row per reviewer (course
    leaders, and the group's leader and co-leader). Three queries."""
    now = now or timezone.now()
    waiting = list(
        Submission.objects.filter(
            status=SubmissionStatus.SUBMITTED, submitted_at__lte=now - datetime.timedelta(hours=hours)
        )
        .order_by("pk")
        .values_list(
            "pk",
            "assignment_id",
            "round",
            "assignment__cohort_id",
            "participant__group__leader_id",
            "participant__group__co_leader_id",
        )  # fmt: skip
    )
    if not waiting:
        return []
    leaders = defaultdict(set)
    for cohort_id, user_id in CohortLeader.objects.filter(cohort_id__in={row[3] for row in waiting}).values_list(
        "cohort_id", "user_id"
    ):
        leaders[cohort_id].add(user_id)
    rows = []
    for submission_id, assignment_id, round_, cohort_id, group_leader, co_leader in waiting:
        for user_id in sorted(leaders[cohort_id] | {group_leader, co_leader} - {None}):
            rows.append((user_id, assignment_id, submission_id, round_))
    return rows
