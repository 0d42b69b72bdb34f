"""Celery tasks and outbox jobs: thin, take ids, safe to run twice (the
services claim rows)."""

from celery import shared_task

from assignments import services
from elearning import outbox


@outbox.handler
def send_reminder(reminder_id: int) -> bool:
    """One "due soon" e-mail to one participant; at most once (Reminder row)."""
    return services.reminder_send(reminder_id=reminder_id)


@outbox.handler
def send_waiting_digest(user_id: int) -> bool:
    """One e-mail to a leader about the submissions waiting for them."""
    return services.waiting_digest_send(user_id=user_id)


@outbox.handler
def check_completion(submission_id: int) -> int:
    """After an approval: the course checks completion (and the certificate follows)."""
    return services.completion_check(submission_id=submission_id)


@shared_task(bind=True, acks_late=True)
def send_due_reminders(self) -> int:
    """Beat sweep: add due reminders and queue their e-mails in the outbox.
    Running it twice, or two beats at once, adds nothing (unique rows)."""
    return services.reminders_enqueue()


@shared_task(bind=True, acks_late=True)
def delete_orphan_files(self) -> int:
    """Beat sweep: stored files that no submission names any more."""
    return services.orphan_files_delete()
