"""Celery tasks for the outbox (elearning.outbox): thin, take ids, safe to run twice."""

from celery import shared_task

from elearning import outbox


@shared_task(bind=True, acks_late=True)
def outbox_deliver(self, message_id: int) -> bool:
    """Run one outbox job; the claim in the database makes a second run a no-op."""
    return outbox.deliver(message_id)


@shared_task(bind=True, acks_late=True)
def outbox_sweep(self) -> int:
    """Beat sweep: deliver jobs that are due, retried or abandoned by a dead worker."""
    return outbox.sweep()
