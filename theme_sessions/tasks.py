"""Celery tasks and outbox jobs: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task
from django.db import transaction

from elearning import outbox
from theme_sessions import selectors, services
from theme_sessions.services.registrations import notification_key


@outbox.handler
def send_notification(registration_id: int, kind: str, variant: int = 0) -> bool:
    """One e-mail about one registration; at most once per (registration, kind, variant)."""
    return services.notification_deliver(registration_id=registration_id, kind=kind, variant=variant)


@shared_task(bind=True, acks_late=True)
def send_due_notifications(self) -> int:
    """Beat sweep (every few minutes): reminders before the start and
    "recording ready" after it, into the outbox. Running it twice, or two
    beats at once, finds the same keys there and adds nothing. Returns how
    many e-mails it added."""
    added = 0
    with transaction.atomic():
        for registration_id, kind, variant in selectors.due_notifications():
            _job, created = outbox.enqueue(
                send_notification, registration_id, kind, variant, key=notification_key(registration_id, kind, variant)
            )
            added += created
    return added


@outbox.handler
def session_published(session_id: int) -> int | None:
    """After a session page is published: bump SEQUENCE and notify on changes."""
    return services.session_record_publication(session_id=session_id)


@shared_task(bind=True, acks_late=True)
def purge_guest_data(self) -> int:
    """Beat sweep: delete guests' personal data a set number of days after the session."""
    return services.guest_data_purge()
