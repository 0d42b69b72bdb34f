"""Celery tasks: thin, take ids, safe to run twice (the service claims the comment)."""

import smtplib

from celery import shared_task

from stories import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_backoff_max=1800,
    max_retries=8,
)
def notify_owner_of_comment(self, comment_id: int) -> bool:
    """E-mail the owner about a co-teacher's comment; at most once per comment."""
    return services.comment_notify_owner(comment_id=comment_id)
