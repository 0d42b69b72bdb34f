from celery import shared_task

from accounts import services


@shared_task(bind=True, acks_late=True, max_retries=3)
def purge_unverified_accounts(self) -> int:
    """Beat sweep: delete sign-ups that never confirmed their e-mail address
    (data minimisation). Idempotent: a second run finds nothing to delete."""
    return services.user_purge_unverified()
