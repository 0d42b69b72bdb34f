"""The participant's side: write, add files, submit and revise."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from assignments import files as file_checks
from assignments.models import (
    EDITABLE_STATUSES,
    TEXT_MAX_LENGTH,
    Assignment,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from assignments.services.rules import clean_text, confirmed_participant, not_found, transition
from elearning.errors import Conflict, EditConflict, UserError


def _conflict(current: Submission, yours: str) -> EditConflict:
    if current.status == SubmissionStatus.SUBMITTED:
        message = _(
            "This submission was sent to the leaders in another window, and waits for their feedback now. "
            "Your text from this window is kept below."
        )
    elif current.status == SubmissionStatus.APPROVED:
        message = _("This submission has been approved, so it can no longer be changed. Your text is kept below.")
    else:
        message = _(
            "This submission was changed in another window after you opened it. What is saved now is shown "
            "above, your own text is in the box: merge them and save again."
        )
    return EditConflict(message, current=current, yours=yours, field="text")


def _closed_message(assignment: Assignment) -> str:
    when = formats.date_format(timezone.localtime(assignment.closes_at), "SHORT_DATETIME_FORMAT")
    return _("This assignment closed %(when)s. Nothing more can be submitted.") % {"when": when}


@transaction.atomic
def submission_save(
    *,
    user,
    assignment_id: int,
    text: str,
    base_version: int,
    uploads=(),
    submit: bool = False,
    now: datetime.datetime | None = None,
) -> Submission:
    """Save a participant's answer and new files, and submit it if ``submit``.

    - Only a confirmed participant of the assignment's cohort (else UserError
      ``not_found``); a final plan goes through ``final_plan_submit``.
    - Every file is checked by its content before anything is written: a
      refused file refuses the whole request, so the view shows the form
      again with the person's text (UserError on ``files``).
    - ``base_version`` is the version the form was opened at (0 when there
      was no submission yet). The write is a conditional UPDATE on that
      version and on an editable state: a change from another window raises
      EditConflict carrying the saved submission and this text.
    - Submitting after the due time marks it late; after ``closes_at`` it is
      refused (Conflict). Submitting the same text again after it went
      through returns the submission unchanged (a double click).
    Atomic; the database's constraints hold the states."""
    now = now or timezone.now()
    assignment = Assignment.objects.select_related("cohort").filter(pk=assignment_id).first()
    participant = assignment and confirmed_participant(user=user, cohort_id=assignment.cohort_id)
    if assignment is None or participant is None:
        raise not_found()
    if assignment.is_final_plan:
        raise UserError(_("Choose your team's teaching plan to submit the final plan."), code="final_plan")
    text = clean_text(text, limit=TEXT_MAX_LENGTH)
    if assignment.is_closed(now):
        raise Conflict(_closed_message(assignment), code="closed")
    submission, created = Submission.objects.get_or_create(assignment=assignment, participant=participant)
    expected = submission.version if created else base_version
    checked = file_checks.check_uploads(uploads, already=submission.files.count())
    if submit and not text and not checked and not submission.files.exists():
        raise UserError(_("Write your answer or add a file before you submit."), code="empty", field="text")
    values: dict = {"text": text, "updated_at": now}
    if submit:
        values.update(
            status=SubmissionStatus.SUBMITTED, submitted_at=now, is_late=now > assignment.due_at, round=F("round") + 1
        )
    if not transition(submission_id=submission.pk, version=expected, from_statuses=EDITABLE_STATUSES, **values):
        current = Submission.objects.get(pk=submission.pk)
        repeated = current.text == text and not checked
        if repeated and (current.status == SubmissionStatus.SUBMITTED if submit else current.is_editable):
            return current
        raise _conflict(current, text)
    for item in checked:
        stored = SubmissionFile(
            submission=submission, original_name=item.name, content_type=item.content_type, size=item.size,
            uploaded_by=user, uploaded_at=now,
        )  # fmt: skip
        stored.file.save(item.name, item.upload, save=True)
    return Submission.objects.get(pk=submission.pk)


@transaction.atomic
def file_delete(*, user, submission_id: int, file_id: int) -> bool:
    """The owner removes a file while the submission is editable. The stored
    file goes after the commit. Idempotent: False when it was gone."""
    stored = (
        SubmissionFile.objects.select_related("submission__participant")
        .filter(pk=file_id, submission_id=submission_id, submission__participant__user=user)
        .first()
    )
    if stored is None:
        return False
    if stored.submission.status not in EDITABLE_STATUSES:
        raise Conflict(_("Files can be removed only before you submit."), code="not_editable", field="files")
    storage, name = stored.file.storage, stored.file.name
    stored.delete()
    transaction.on_commit(lambda: storage.delete(name))
    return True
