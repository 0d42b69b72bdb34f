"""Registration and the waiting list: signing up (with an account or as a
guest), confirming a guest, cancelling, and the guests' data afterwards.
Every change of who holds a seat happens under the session row lock, and
seats are given by ``elearning.seats.Seats``."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from elearning import outbox
from elearning.errors import UserError
from elearning.seats import Seats
from elearning.text import normalise_email, single_line
from theme_sessions.models import (
    ACTIVE_STATUSES,
    CalendarFeedToken,
    EvaluationResponse,
    NotificationKind,
    Registration,
    RegistrationStatus,
    SessionPage,
)


def lock_session(session_id: int) -> SessionPage:
    """Lock the session row for the rest of the transaction."""
    try:
        return SessionPage.objects.select_for_update(of=("self",)).get(pk=session_id)
    except SessionPage.DoesNotExist:
        raise UserError(_("This session does not exist."), code="not_found")


def enqueue(registration: Registration, kind: str, variant: int = 0) -> None:
    """Put one e-mail about ``registration`` in the outbox, in the caller's
    transaction; once per (registration, kind, variant)."""
    outbox.enqueue(
        "theme_sessions.tasks.send_notification",
        registration.pk,
        kind,
        variant,
        key=notification_key(registration.pk, kind, variant),
    )


def notification_key(registration_id: int, kind: str, variant: int) -> str:
    return f"theme_sessions.notification:{registration_id}:{kind}:{variant}"


def _check_open(session: SessionPage, now: datetime.datetime) -> None:
    if not session.live:
        raise UserError(_("This session does not exist."), code="not_found")
    if session.cancelled:
        raise UserError(_("This session has been cancelled."), code="cancelled")
    if now >= session.deadline or now >= session.end:
        raise UserError(_("The registration deadline for this session has passed."), code="deadline")


def _seats(session: SessionPage) -> Seats:
    registrations = Registration.objects.filter(session=session)
    return Seats(
        capacity=session.capacity,
        confirmed=registrations.filter(status=RegistrationStatus.CONFIRMED),
        waiting=registrations.filter(status=RegistrationStatus.WAITLISTED).order_by("queued_at", "pk"),
    )


def fill_seats(session: SessionPage, now: datetime.datetime) -> list[Registration]:
    """Give free seats to the waiting list, first come first served. The
    caller holds the session lock. Each promoted person gets an e-mail."""
    if session.cancelled or now >= session.end:
        return []

    def promote(registration: Registration) -> None:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
        enqueue(registration, NotificationKind.PROMOTED, registration.round)

    return _seats(session).fill(promote)


def _take_seat_or_queue(session: SessionPage, registration: Registration, now: datetime.datetime) -> None:
    """Under the session lock: waiting people keep their turn, then a free
    seat goes to this registration, otherwise it joins the waiting list."""
    fill_seats(session, now)
    registration.queued_at = now
    registration.cancelled_at = None
    if _seats(session).free():
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
    else:
        registration.status = RegistrationStatus.WAITLISTED
        registration.confirmed_at = None


def _announce(registration: Registration) -> None:
    if registration.status == RegistrationStatus.CONFIRMED:
        enqueue(registration, NotificationKind.CONFIRMATION, registration.round)
    else:
        enqueue(registration, NotificationKind.WAITLISTED, registration.round)


@transaction.atomic
def registration_create_for_user(
    *, session_id: int, user, language: str = "", now: datetime.datetime | None = None
) -> Registration:
    """Sign a logged-in user up: a seat if one is free, otherwise the waiting
    list. Atomic and never overbooks (session row lock). Refuses a second
    sign-up, a cancelled session and a passed deadline with UserError.
    Signing up again after cancelling reuses the row and starts a new round."""
    now = now or timezone.now()
    session = lock_session(session_id)
    _check_open(session, now)
    registration = Registration.objects.filter(session=session, user=user).first()
    if registration is not None and registration.status in ACTIVE_STATUSES:
        if registration.status == RegistrationStatus.WAITLISTED:
            raise UserError(_("You are already on the waiting list for this session."), code="duplicate")
        raise UserError(_("You are already registered for this session."), code="duplicate")
    if registration is None:
        registration = Registration(session=session, user=user)
    else:
        registration.round += 1
    profile = getattr(user, "profile", None)
    registration.language = language or (profile.preferred_language if profile else settings.LANGUAGE_CODE)
    _take_seat_or_queue(session, registration, now)
    # Field validation here; uniqueness and the checks are the database's
    # constraints (validating them in Python would add queries under the lock).
    registration.full_clean(validate_unique=False, validate_constraints=False)
    registration.save()
    _announce(registration)
    return registration


@transaction.atomic
def registration_create_for_guest(
    *,
    session_id: int,
    email: str,
    name: str,
    workplace: str,
    language: str = "",
    now: datetime.datetime | None = None,
) -> Registration:
    """Register a guest without an account. The guest holds no seat until
    they confirm through the signed link we e-mail them.

    Answers the same way whether or not the address was already registered,
    so the form never tells who has signed up for what: an active guest
    registration is returned untouched (their earlier e-mail has their link),
    a pending one gets a fresh confirmation link at most every few minutes."""
    now = now or timezone.now()
    session = lock_session(session_id)
    _check_open(session, now)
    email = normalise_email(email)
    registration = Registration.objects.filter(session=session, guest_email__iexact=email).first()
    if registration is not None:
        if registration.status in ACTIVE_STATUSES:
            return registration
        if registration.status == RegistrationStatus.PENDING and registration.queued_at > now - datetime.timedelta(
            minutes=5
        ):
            return registration
        registration.round += 1
    else:
        registration = Registration(session=session, guest_email=email)
    registration.guest_name = single_line(name)
    registration.guest_workplace = single_line(workplace)
    registration.language = language or settings.LANGUAGE_CODE
    registration.status = RegistrationStatus.PENDING
    registration.queued_at = now
    registration.cancelled_at = None
    registration.full_clean(validate_unique=False, validate_constraints=False)
    registration.save()
    enqueue(registration, NotificationKind.GUEST_VERIFY, registration.round)
    return registration


@transaction.atomic
def guest_registration_confirm(
    *, registration_id: int, round: int, now: datetime.datetime | None = None
) -> Registration:
    """Confirm a guest's e-mail address from the signed link and give them a
    seat or a place on the waiting list. Idempotent: confirming twice changes
    nothing the second time."""
    now = now or timezone.now()
    registration = Registration.objects.filter(pk=registration_id, user__isnull=True).first()
    if registration is None or registration.anonymised_at:
        raise UserError(_("This link is no longer valid."), code="invalid")
    session = lock_session(registration.session_id)
    registration.refresh_from_db()
    if registration.status in ACTIVE_STATUSES:
        return registration
    if registration.status != RegistrationStatus.PENDING or registration.round != round:
        raise UserError(_("This link is no longer valid."), code="invalid")
    if session.cancelled:
        raise UserError(_("This session has been cancelled."), code="cancelled")
    if now >= session.start:
        raise UserError(_("The registration deadline for this session has passed."), code="deadline")
    _take_seat_or_queue(session, registration, now)
    registration.save()
    _announce(registration)
    return registration


@transaction.atomic
def registration_cancel(
    *, registration_id: int, user=None, trusted: bool = False, now: datetime.datetime | None = None
) -> Registration:
    """Cancel a registration and give a freed seat to the next person on the
    waiting list (who is told by e-mail). ``user`` must own the registration
    unless ``trusted`` (a guest's signed link, staff). Idempotent."""
    now = now or timezone.now()
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or (not trusted and (user is None or registration.user_id != user.pk)):
        raise UserError(_("You can only cancel your own registration."), code="forbidden")
    session = lock_session(registration.session_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return registration
    if now >= session.end:
        raise UserError(_("The session is over; the registration can no longer be cancelled."), code="past")
    held_seat = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.confirmed_at = None
    registration.save(update_fields=["status", "cancelled_at", "confirmed_at"])
    if held_seat:
        fill_seats(session, now)
    return registration


@transaction.atomic
def guest_data_purge(*, now: datetime.datetime | None = None) -> int:
    """Data minimisation, run by a beat sweep: guests' names, e-mail
    addresses and workplaces are removed GUEST_RETENTION_DAYS after the
    session (the anonymous row stays for attendance numbers), and guest
    sign-ups never confirmed are deleted once their link has expired.
    Idempotent. Returns how many registrations were touched."""
    now = now or timezone.now()
    config = settings.THEME_SESSIONS
    cutoff = now - datetime.timedelta(days=config["GUEST_RETENTION_DAYS"])
    link_expiry = now - datetime.timedelta(hours=config["GUEST_LINK_MAX_AGE_HOURS"])
    guests = Registration.objects.filter(user__isnull=True, anonymised_at__isnull=True).exclude(guest_email="")
    _total, deleted = guests.filter(status=RegistrationStatus.PENDING, queued_at__lt=link_expiry).delete()
    anonymised = guests.filter(session__end__lt=cutoff).update(
        guest_email="", guest_name="", guest_workplace="", anonymised_at=now
    )
    return anonymised + deleted.get("theme_sessions.Registration", 0)


@transaction.atomic
def registrations_erase_for_user(*, user) -> None:
    """Before an account is deleted: cancel upcoming registrations (freeing
    seats for the waiting list), then keep only anonymous rows: the link to
    the person is cut and evaluation comments are cleared."""
    now = timezone.now()
    for registration in Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES, session__end__gt=now):
        registration_cancel(registration_id=registration.pk, trusted=True, now=now)
    EvaluationResponse.objects.filter(registration__user=user).update(best="", improve="")
    Registration.objects.filter(user=user).update(user=None, anonymised_at=now)
    CalendarFeedToken.objects.filter(user=user).delete()
