"""Reminders by beat, each at most once: before the due time to participants
who have not submitted, and to leaders about submissions waiting for them.

The sweep writes a Reminder row first (unique per person and assignment, or
per leader, submission and round) and queues the e-mail in the outbox only
when it wrote the row, so a second sweep, or two beats at once, add nothing.
The e-mail job locks its rows, sends, and marks them done in one
transaction: a mail server that refuses rolls back, and the outbox tries
again."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from assignments import emails, selectors
from assignments.models import Reminder, ReminderKind, Submission, SubmissionStatus
from elearning import outbox


def reminder_key(reminder_id: int) -> str:
    return f"assignments.reminder:{reminder_id}"


def waiting_digest_key(user_id: int, day: datetime.date) -> str:
    return f"assignments.waiting:{user_id}:{day.isoformat()}"


@transaction.atomic
def reminders_enqueue(*, now: datetime.datetime | None = None) -> int:
    """Beat sweep: add the reminders that are due and queue their e-mails.
    Returns how many reminders it added."""
    now = now or timezone.now()
    config = settings.ASSIGNMENTS
    added = 0
    for assignment_id, user_id in selectors.due_reminder_candidates(now=now, hours=config["DUE_REMINDER_HOURS"]):
        reminder, created = Reminder.objects.get_or_create(
            kind=ReminderKind.DUE, user_id=user_id, assignment_id=assignment_id, defaults={"created_at": now}
        )
        if created:
            outbox.enqueue("assignments.tasks.send_reminder", reminder.pk, key=reminder_key(reminder.pk))
            added += 1
    leaders = set()
    for user_id, assignment_id, submission_id, round_ in selectors.waiting_reminder_candidates(
        now=now, hours=config["WAITING_REMINDER_HOURS"]
    ):
        _reminder, created = Reminder.objects.get_or_create(
            kind=ReminderKind.WAITING,
            user_id=user_id,
            submission_id=submission_id,
            round=round_,
            defaults={"assignment_id": assignment_id, "created_at": now},
        )
        if created:
            leaders.add(user_id)
            added += 1
    today = timezone.localdate(now)
    for user_id in sorted(leaders):
        # One digest per leader and day; rows added later that day go in the next one.
        outbox.enqueue("assignments.tasks.send_waiting_digest", user_id, key=waiting_digest_key(user_id, today))
    return added


@transaction.atomic
def reminder_send(*, reminder_id: int, now: datetime.datetime | None = None) -> bool:
    """Send one "due soon" reminder, unless it is done or no longer needed
    (submitted meanwhile). Returns whether this call sent it."""
    now = now or timezone.now()
    reminder = (
        Reminder.objects.select_for_update(of=("self",))
        .select_related("assignment__cohort", "user__profile")
        .filter(pk=reminder_id, kind=ReminderKind.DUE, done_at__isnull=True)
        .first()
    )
    if reminder is None:
        return False
    submitted = (
        Submission.objects.filter(assignment_id=reminder.assignment_id, participant__user_id=reminder.user_id)
        .exclude(status=SubmissionStatus.DRAFT)
        .exists()
    )
    if not submitted and not reminder.assignment.is_closed(now):
        emails.due_reminder(reminder).send()
    Reminder.objects.filter(pk=reminder.pk).update(done_at=now)
    return not submitted


@transaction.atomic
def waiting_digest_send(*, user_id: int, now: datetime.datetime | None = None) -> bool:
    """Send a leader one e-mail listing the submissions that still wait for
    feedback among their unsent reminders, and mark those reminders done.
    Returns whether an e-mail went out."""
    now = now or timezone.now()
    reminders = list(
        Reminder.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(user_id=user_id, kind=ReminderKind.WAITING, done_at__isnull=True)
        .select_related("submission__assignment__cohort", "submission__participant__user", "user__profile")
        .order_by("created_at", "pk")
    )
    waiting = [
        r for r in reminders if r.submission.status == SubmissionStatus.SUBMITTED and r.submission.round == r.round
    ]
    if waiting:
        emails.waiting_digest(waiting[0].user, waiting).send()
    Reminder.objects.filter(pk__in=[r.pk for r in reminders]).update(done_at=now)
    return bool(waiting)
