"""Celery tasks: thin, take ids, safe to run twice (the service claims the comment)."""

from celery import shared_task

from elearning.celery import EMAIL_TASK_OPTIONS
from stories import services


@shared_task(**EMAIL_TASK_OPTIONS)
def notify_owner_of_comment(self, comment_id: int) -> bool:
    """E-mail the owner about a co-teacher's comment; at most once per comment."""
    return services.comment_notify_owner(comment_id=comment_id)
