"""Celery tasks: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task

from elearning.celery import EMAIL_TASK_OPTIONS
from modules import services


@shared_task(bind=True, acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=5)
def certificate_render(self, certificate_id: int) -> bool:
    """Make the certificate PDF (claimed once in the database), then e-mail the learner."""
    made = services.certificate_render(certificate_id=certificate_id)
    certificate_email.delay(certificate_id)
    return made


@shared_task(**EMAIL_TASK_OPTIONS)
def certificate_email(self, certificate_id: int) -> bool:
    """The "your certificate is ready" e-mail, at most once per certificate."""
    return services.certificate_send_email(certificate_id=certificate_id)
