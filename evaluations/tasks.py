"""Celery beat task and outbox job: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task

from elearning import outbox
from evaluations import services


@shared_task(bind=True, acks_late=True)
def invite_follow_ups(self) -> int:
    """Beat (daily): the three-month follow-up questionnaire, one invitation
    per participant claimed in the database, its e-mail in the outbox."""
    return services.follow_up_invite_due()


@outbox.handler
def send_follow_up(invitation_id: int) -> bool:
    """The follow-up e-mail to one participant; at most once per invitation."""
    return services.follow_up_send_email(invitation_id=invitation_id)
