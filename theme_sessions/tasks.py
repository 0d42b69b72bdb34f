"""Celery tasks: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task

from elearning.celery import EMAIL_TASK_OPTIONS
from theme_sessions import selectors, services


@shared_task(**EMAIL_TASK_OPTIONS)
def send_notification(self, registration_id: int, kind: str, variant: int = 0) -> bool:
    """One e-mail about one registration; at most once per (registration, kind, variant)."""
    return services.notification_deliver(registration_id=registration_id, kind=kind, variant=variant)


@shared_task(bind=True, acks_late=True)
def send_due_notifications(self) -> int:
    """Beat sweep (every few minutes): reminders before the start and
    "recording ready" after it. Running it twice, or two beats at once,
    enqueues duplicates that the claim in notification_deliver turns away."""
    due = selectors.due_notifications()
    for registration_id, kind, variant in due:
        send_notification.delay(registration_id, kind, variant)
    return len(due)


@shared_task(bind=True, acks_late=True)
def session_published(self, session_id: int) -> int | None:
    """After a session page is published: bump SEQUENCE and notify on changes."""
    return services.session_record_publication(session_id=session_id)


@shared_task(bind=True, acks_late=True)
def purge_guest_data(self) -> int:
    """Beat sweep: delete guests' personal data a set number of days after the session."""
    return services.guest_data_purge()
