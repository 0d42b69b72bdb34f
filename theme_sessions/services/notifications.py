"""The e-mails about a registration, each sent at most once."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from theme_sessions import emails
from theme_sessions.models import (
    ACTIVE_STATUSES,
    NotificationKind,
    NotificationStatus,
    Registration,
    RegistrationStatus,
    SentNotification,
)


def _still_relevant(registration: Registration, kind: str) -> bool:
    status = registration.status
    session = registration.session
    if kind == NotificationKind.GUEST_VERIFY:
        return status == RegistrationStatus.PENDING
    if kind in (NotificationKind.CONFIRMATION, NotificationKind.PROMOTED, NotificationKind.RECORDING_READY):
        return status == RegistrationStatus.CONFIRMED
    if kind == NotificationKind.WAITLISTED:
        return status == RegistrationStatus.WAITLISTED
    if kind == NotificationKind.REMINDER:
        return status == RegistrationStatus.CONFIRMED and not session.cancelled
    return status in ACTIVE_STATUSES


def notification_deliver(*, registration_id: int, kind: str, variant: int = 0) -> bool:
    """Send one e-mail about a registration, at most once per
    (registration, kind, variant). Returns whether this call sent it.

    The trade-off is at-most-once: the claim (a SentNotification row, unique
    on registration, kind and variant) is committed *before* the mail server
    is contacted, so a second task, a second beat or a redelivered message
    finds the row and stops. If the mail server refuses the message we know
    it was not sent, so the claim is released and the exception propagates
    for the task to retry. If the worker dies between the claim and the
    send, the row stays 'claimed' and the e-mail is not retried: a missing
    reminder is better than the same reminder twice, and stale claims are
    listed for staff in the admin ("Sent e-mails", status claimed).

    Must not run inside an outer transaction (the claim has to be committed
    before sending); tasks call it."""
    registration = Registration.objects.select_related("session", "user__profile").filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at or not registration.email:
        return False
    if not _still_relevant(registration, kind):
        return False
    try:
        with transaction.atomic():
            claim = SentNotification.objects.create(
                registration=registration, kind=kind, variant=variant, status=NotificationStatus.CLAIMED
            )
    except IntegrityError:
        return False
    message = emails.build_message(registration=registration, kind=kind, variant=variant)
    try:
        message.send()
    except Exception:
        SentNotification.objects.filter(pk=claim.pk, status=NotificationStatus.CLAIMED).delete()
        raise
    SentNotification.objects.filter(pk=claim.pk).update(status=NotificationStatus.SENT, sent_at=timezone.now())
    return True
