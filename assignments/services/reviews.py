"""The leaders' side: feedback with a decision, the final plan's rubric, and
comments from the local group."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assignments import selectors
from assignments.models import (
    COMMENT_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    Comment,
    Decision,
    Feedback,
    RubricCriterion,
    RubricLevel,
    RubricScore,
    Submission,
    SubmissionStatus,
)
from assignments.services.completion import after_approval
from assignments.services.rules import clean_text, not_found, transition
from elearning.errors import Conflict, EditConflict, UserError
from elearning.submit import create_once

# A leader may give feedback or decide on a submission in these states.
REVIEWABLE_STATUSES = (
    SubmissionStatus.SUBMITTED,
    SubmissionStatus.FEEDBACK_GIVEN,
    SubmissionStatus.REVISION_REQUESTED,
)
DECISION_STATUS = {
    Decision.FEEDBACK: SubmissionStatus.FEEDBACK_GIVEN,
    Decision.REVISION: SubmissionStatus.REVISION_REQUESTED,
    Decision.APPROVE: SubmissionStatus.APPROVED,
}


def _submission_for_reviewer(*, user, submission_id: int, course_leader_only: bool = False) -> Submission:
    page = selectors.submission_page(user=user, submission_id=submission_id)
    if page is None or not page.can_review:
        raise not_found("submission")
    if course_leader_only and not page.viewer.course_leader:
        raise not_found("submission")
    return page.submission


def _stale(current: Submission, opened: Submission, yours: str) -> EditConflict:
    if current.status == SubmissionStatus.APPROVED:
        message = _("Someone approved this submission while you were writing. Your text is kept below.")
    elif current.round > opened.round:
        message = _(
            "The participant submitted a new version while you were writing. Read it above; "
            "your own text is kept in the box."
        )
    else:
        message = _(
            "Another leader gave feedback on this submission while you were writing. Read it above; "
            "your own text is kept in the box, so you can send it as well."
        )
    return EditConflict(message, current=current, yours=yours, field="text")


def _repeated(*, submission: Submission, user, text: str, decision: str) -> bool:
    """The same leader sent the same feedback for this round already (a double click)."""
    return Feedback.objects.filter(
        submission=submission, author=user, text=text, decision=decision, round=submission.round
    ).exists()


def _decide(*, user, submission: Submission, text: str, decision: str, base_version: int, now) -> Submission:
    if decision not in Decision.values:
        raise UserError(_("Choose what to do with the submission."), code="invalid", field="decision")
    if decision != Decision.APPROVE and not text:
        raise UserError(_("Write your feedback first."), code="empty", field="text")
    if submission.status == SubmissionStatus.APPROVED:
        if _repeated(submission=submission, user=user, text=text, decision=decision):
            return submission
        raise Conflict(_("This submission has already been approved."), code="approved")
    values = {"status": DECISION_STATUS[decision], "updated_at": now}
    if decision in (Decision.APPROVE, Decision.REVISION):
        values["decided_at"] = now
    if not transition(submission_id=submission.pk, version=base_version, from_statuses=REVIEWABLE_STATUSES, **values):
        current = Submission.objects.get(pk=submission.pk)
        if _repeated(submission=current, user=user, text=text, decision=decision):
            return current
        raise _stale(current, submission, text)
    if text or decision != Decision.FEEDBACK:
        Feedback.objects.create(
            submission=submission, author=user, text=text, decision=decision, round=submission.round, created_at=now
        )
    if decision == Decision.APPROVE:
        after_approval(submission=submission)
    return Submission.objects.get(pk=submission.pk)


@transaction.atomic
def feedback_give(
    *, user, submission_id: int, text: str, decision: str, base_version: int, now: datetime.datetime | None = None
) -> Submission:
    """A reviewer (a course leader, or the leader or co-leader of the
    participant's local group) writes feedback and decides: feedback only,
    ask for a revision, or approve.

    The decision is a conditional UPDATE on the version the leader opened:
    if another leader decided, or the participant submitted again, in the
    meantime, EditConflict carries the current submission and this text, so
    nothing is overwritten silently and nothing written is lost. The same
    feedback sent twice is recorded once. Approving lets the course's
    completion be checked again (the certificate follows). A final plan is
    assessed with ``final_plan_assess``. Atomic."""
    now = now or timezone.now()
    submission = _submission_for_reviewer(user=user, submission_id=submission_id)
    if submission.assignment.is_final_plan:
        raise UserError(_("A final plan is assessed with the rubric."), code="final_plan")
    text = clean_text(text, limit=FEEDBACK_MAX_LENGTH)
    return _decide(user=user, submission=submission, text=text, decision=decision, base_version=base_version, now=now)


@transaction.atomic
def final_plan_assess(
    *,
    user,
    submission_id: int,
    scores: dict[str, tuple[int, str]],
    text: str,
    decision: str,
    base_version: int,
    now: datetime.datetime | None = None,
) -> Submission:
    """A course leader assesses a submitted final plan: a level and feedback
    for every criterion of the rubric (the didaktisk relasjonsmodell and how
    user experience is built in), overall feedback, and a decision. Guarded
    like ``feedback_give`` by the version the leader opened; the scores are
    written only when the decision went through. Atomic."""
    now = now or timezone.now()
    submission = _submission_for_reviewer(user=user, submission_id=submission_id, course_leader_only=True)
    if not submission.assignment.is_final_plan:
        raise UserError(_("Only a final plan is assessed with the rubric."), code="not_final_plan")
    text = clean_text(text, limit=FEEDBACK_MAX_LENGTH)
    cleaned = {}
    for criterion, label in RubricCriterion.choices:
        level, note = scores.get(criterion, (None, ""))
        if level not in RubricLevel.values:
            raise UserError(
                _("Choose a level for “%(criterion)s”.") % {"criterion": label}, code="level", field=criterion
            )
        cleaned[criterion] = (level, clean_text(note, limit=FEEDBACK_MAX_LENGTH, field=f"{criterion}_feedback"))
    if decision == Decision.APPROVE and any(level == RubricLevel.NOT_YET for level, _note in cleaned.values()):
        raise UserError(
            _("A plan with a criterion not yet met cannot be approved. Ask for a revision instead."),
            code="not_met",
            field="decision",
        )
    result = _decide(user=user, submission=submission, text=text, decision=decision, base_version=base_version, now=now)
    for criterion, (level, note) in cleaned.items():
        RubricScore.objects.update_or_create(
            submission=submission,
            criterion=criterion,
            defaults={"level": level, "feedback": note, "assessed_by": user, "updated_at": now},
        )
    return result


@transaction.atomic
def comment_add(
    *, user, submission_id: int, text: str, submit_key: str | None, now: datetime.datetime | None = None
) -> Comment:
    """A member of the local group (or a leader) comments on a submitted
    submission, when the assignment allows comments. ``submit_key`` comes from
    the form (elearning.submit): the same form sent twice adds one comment."""
    now = now or timezone.now()
    page = selectors.submission_page(user=user, submission_id=submission_id)
    if page is None:
        raise not_found("submission")
    if not page.can_comment:
        raise Conflict(_("Comments are not open for this submission."), code="closed", field="text")
    text = clean_text(text, limit=COMMENT_MAX_LENGTH)
    if not text:
        raise UserError(_("Write a comment first."), code="empty", field="text")
    comment, _created = create_once(
        Comment,
        owner={"author": user},
        submit_key=submit_key,
        create=lambda: Comment.objects.create(
            submission_id=submission_id, author=user, text=text, created_at=now, submit_key=submit_key or None
        ),
    )
    return comment
