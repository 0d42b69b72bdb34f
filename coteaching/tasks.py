"""Outbox jobs (elearning.outbox): thin, take ids, safe to run twice (the services check what is done)."""

from coteaching import services
from elearning import outbox


@outbox.handler
def send_invitation(invitation_id: int) -> bool:
    """E-mail an invitation link, once per issue of the invitation."""
    return services.invitation_send_email(invitation_id=invitation_id)
