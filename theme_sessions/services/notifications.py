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
    """Send one e-mail about a registration, once per (registration, kind,
    variant). Returns whether this call sent it.

    It runs as an outbox job (elearning.outbox), which delivers one job at a
    time and delivers it again when a worker dies in the middle. The
    SentNotification row (unique on registration, kind and variant) records
    the send: a row marked sent means done; a row left 'claimed' by a worker
    that died is taken over, since that worker cannot be sending any more.
    If the mail server refuses, the exception propagates and the outbox
    tries again later. Must not run inside an outer transaction."""
    registration = Registration.objects.select_related("session", "user__profile").filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at or not registration.email:
        return False
    if not _still_relevant(registration, kind):
        return False
    try:
        with transaction.atomic():
            claim, _created = SentNotification.objects.get_or_create(
                registration=registration, kind=kind, variant=variant, defaults={"status": NotificationStatus.CLAIMED}
            )
    except IntegrityError:  # a parallel first claim
        claim = SentNotification.objects.get(registration=registration, kind=kind, variant=variant)
    if claim.status == NotificationStatus.SENT:
        return False
    emails.build_message(registration=registration, kind=kind, variant=variant).send()
    SentNotification.objects.filter(pk=claim.pk).update(status=NotificationStatus.SENT, sent_at=timezone.now())
    return True
