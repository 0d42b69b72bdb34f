"""Celery tasks: thin, take ids, safe to run twice (the services claim rows)."""

import smtplib

from celery import shared_task

from coteaching import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_backoff_max=1800,
    max_retries=8,
)
def send_invitation(self, invitation_id: int) -> bool:
    """E-mail an invitation link, once per issue of the invitation."""
    return services.invitation_send_email(invitation_id=invitation_id)
