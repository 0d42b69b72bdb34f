"""Celery beat task: thin and safe to run twice."""

from celery import shared_task

from audit import services


@shared_task(bind=True, acks_late=True)
def purge_expired_events(self) -> int:
    """Beat (daily): delete audit events past the retention period."""
    return services.events_purge_expired()
