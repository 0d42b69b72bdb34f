"""Outbox jobs (elearning.outbox): thin, take ids, safe to run twice (the services check what is done)."""

from elearning import outbox
from modules import services


@outbox.handler
def certificate_render(certificate_id: int) -> bool:
    """Make the certificate PDF (claimed once in the database); its e-mail follows through the outbox."""
    return services.certificate_render(certificate_id=certificate_id)


@outbox.handler
def certificate_email(certificate_id: int) -> bool:
    """The "your certificate is ready" e-mail, once per certificate."""
    return services.certificate_send_email(certificate_id=certificate_id)
