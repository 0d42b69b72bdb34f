"""Outbox jobs (elearning.outbox): thin, take ids, safe to run twice (the service checks the comment)."""

from elearning import outbox
from stories import services


@outbox.handler
def notify_owner_of_comment(comment_id: int) -> bool:
    """E-mail the owner about a co-teacher's comment; at most once per comment."""
    return services.comment_notify_owner(comment_id=comment_id)
