"""The cohort's final plan: a co-teaching team submits its teaching plan."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import TEACHING_ROLE_VALUES
from assignments.models import EDITABLE_STATUSES, TEXT_MAX_LENGTH, Assignment, Submission, SubmissionStatus
from assignments.services.rules import clean_text, confirmed_participant, not_found, transition
from coteaching import selectors as coteaching_selectors
from coteaching.models import TeachingPlan, Team
from elearning.errors import Conflict, EditConflict, UserError


@transaction.atomic
def final_plan_submit(
    *, user, assignment_id: int, plan_id: int, text: str, base_version: int, now: datetime.datetime | None = None
) -> Submission:
    """Submit the teaching plan of one of the user's co-teaching teams as the
    cohort's final plan (for the team: any member who is a participant may
    submit it, and revise it after feedback).

    The team needs at least one professional and one user representative
    (Standard metode); the team row is locked while that is counted. One
    submission per team and per participant (unique constraints); a revision
    is a conditional UPDATE on ``base_version`` like any submission. Sending
    the same plan twice returns the first submission. Atomic."""
    now = now or timezone.now()
    assignment = Assignment.objects.select_related("cohort").filter(pk=assignment_id).first()
    participant = assignment and confirmed_participant(user=user, cohort_id=assignment.cohort_id)
    if assignment is None or participant is None or not assignment.is_final_plan:
        raise not_found()
    plan = TeachingPlan.objects.filter(pk=plan_id, team__memberships__user=user).first()
    if plan is None:
        raise UserError(_("Choose one of your own teaching plans."), code="plan", field="plan")
    text = clean_text(text, limit=TEXT_MAX_LENGTH)
    if assignment.is_closed(now):
        raise Conflict(_("The final plan closed for submissions. Talk to the course leaders."), code="closed")
    Team.objects.select_for_update().filter(pk=plan.team_id).first()
    roles = coteaching_selectors.role_counts(team_id=plan.team_id)
    if not all(roles.get(role) for role in TEACHING_ROLE_VALUES):
        raise UserError(
            _(
                "A final plan is written by at least one professional and one user representative together. "
                "Invite the one your team is missing from the plan's team page first."
            ),
            code="roles_missing",
            field="plan",
        )
    values = {
        "status": SubmissionStatus.SUBMITTED,
        "submitted_at": now,
        "is_late": now > assignment.due_at,
        "updated_at": now,
        "text": text,
    }
    existing = Submission.objects.filter(Q(participant=participant) | Q(team_id=plan.team_id), assignment=assignment)
    current = existing.first()
    if current is None:
        try:
            with transaction.atomic():
                return Submission.objects.create(
                    assignment=assignment, participant=participant, team_id=plan.team_id, plan=plan, round=1, **values
                )
        except IntegrityError:  # a team member submitted at the same moment
            current = existing.first()
    if current.team_id is not None and current.team_id != plan.team_id:
        raise Conflict(_("You have already submitted another team's plan."), code="other_team", field="plan")
    if current.status == SubmissionStatus.SUBMITTED and current.plan_id == plan.pk and current.text == text:
        return current
    if not transition(
        submission_id=current.pk,
        version=base_version,
        from_statuses=EDITABLE_STATUSES,
        team_id=plan.team_id,
        plan=plan,
        round=F("round") + 1,
        **values,
    ):
        current.refresh_from_db()
        raise EditConflict(
            _("Your team's final plan changed after you opened this page. Check it and send again."),
            current=current,
            yours=text,
            field="text",
        )
    return Submission.objects.get(pk=current.pk)
