"""Celery tasks: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task

from coteaching import services
from elearning.celery import EMAIL_TASK_OPTIONS


@shared_task(**EMAIL_TASK_OPTIONS)
def send_invitation(self, invitation_id: int) -> bool:
    """E-mail an invitation link, once per issue of the invitation."""
    return services.invitation_send_email(invitation_id=invitation_id)
