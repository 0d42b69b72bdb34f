"""Every write for theme sessions: registration, waiting list, calendar
sequence, e-mail claims, attendance, evaluation, privacy.

Seats are never overbooked: every path that changes who holds a seat first
locks the session row (SELECT … FOR UPDATE on PostgreSQL; SQLite takes the
database write lock at BEGIN IMMEDIATE), counts the confirmed registrations
and decides inside that lock. E-mails are enqueued with ``delay_on_commit``,
so nothing is sent for a transaction that rolls back.
"""

import datetime
import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from elearning.tokens import new_token
from modules.services import module_mark_complete
from theme_sessions import emails
from theme_sessions.attendance import parse_attendance_csv
from theme_sessions.models import (
    ACTIVE_STATUSES,
    CalendarFeedToken,
    EvaluationResponse,
    NotificationKind,
    NotificationStatus,
    Registration,
    RegistrationStatus,
    SentNotification,
    SessionCalendarState,
    SessionPage,
)

logger = logging.getLogger(__name__)


class RegistrationError(Exception):
    """A registration request we refuse, with a message for the person."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


# --- Helpers -------------------------------------------------------------


def _lock_session(session_id: int) -> SessionPage:
    """Lock the session row for the rest of the transaction."""
    try:
        return SessionPage.objects.select_for_update(of=("self",)).get(pk=session_id)
    except SessionPage.DoesNotExist:
        raise RegistrationError(_("This session does not exist."), code="not_found")


def _enqueue(registration: Registration, kind: str, variant: int = 0) -> None:
    # cycle: theme_sessions.services -> theme_sessions.tasks -> theme_sessions.services
    from theme_sessions import tasks

    tasks.send_notification.delay_on_commit(registration.pk, kind, variant)


def _check_open(session: SessionPage, now: datetime.datetime) -> None:
    if not session.live:
        raise RegistrationError(_("This session does not exist."), code="not_found")
    if session.cancelled:
        raise RegistrationError(_("This session has been cancelled."), code="cancelled")
    if now >= session.deadline or now >= session.end:
        raise RegistrationError(_("The registration deadline for this session has passed."), code="deadline")


def _confirmed_count(session: SessionPage) -> int:
    return Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).count()


def _fill_seats(session: SessionPage, now: datetime.datetime) -> list[Registration]:
    """Give free seats to the waiting list, first come first served. The
    caller holds the session lock. Each promoted person gets an e-mail."""
    if session.cancelled or now >= session.end:
        return []
    free = session.capacity - _confirmed_count(session)
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.filter(session=session, status=RegistrationStatus.WAITLISTED).order_by("queued_at", "pk")[
            :free
        ]
    )
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
        _enqueue(registration, NotificationKind.PROMOTED, registration.round)
    return promoted


def _take_seat_or_queue(session: SessionPage, registration: Registration, now: datetime.datetime) -> None:
    """Under the session lock: waiting people keep their turn, then a free
    seat goes to this registration, otherwise it joins the waiting list."""
    _fill_seats(session, now)
    registration.queued_at = now
    registration.cancelled_at = None
    if _confirmed_count(session) < session.capacity:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
    else:
        registration.status = RegistrationStatus.WAITLISTED
        registration.confirmed_at = None


def _announce(registration: Registration) -> None:
    if registration.status == RegistrationStatus.CONFIRMED:
        _enqueue(registration, NotificationKind.CONFIRMATION, registration.round)
    else:
        _enqueue(registration, NotificationKind.WAITLISTED, registration.round)


# --- Registration --------------------------------------------------------


@transaction.atomic
def registration_create_for_user(
    *, session_id: int, user, language: str = "", now: datetime.datetime | None = None
) -> Registration:
    """Sign a logged-in user up: a seat if one is free, otherwise the waiting
    list. Atomic and never overbooks (session row lock). Refuses a second
    sign-up, a cancelled session and a passed deadline with RegistrationError.
    Signing up again after cancelling reuses the row and starts a new round."""
    now = now or timezone.now()
    session = _lock_session(session_id)
    _check_open(session, now)
    registration = Registration.objects.filter(session=session, user=user).first()
    if registration is not None and registration.status in ACTIVE_STATUSES:
        if registration.status == RegistrationStatus.WAITLISTED:
            raise RegistrationError(_("You are already on the waiting list for this session."), code="duplicate")
        raise RegistrationError(_("You are already registered for this session."), code="duplicate")
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
    session = _lock_session(session_id)
    _check_open(session, now)
    email = email.strip().lower()
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
    registration.guest_name = name.strip()
    registration.guest_workplace = workplace.strip()
    registration.language = language or settings.LANGUAGE_CODE
    registration.status = RegistrationStatus.PENDING
    registration.queued_at = now
    registration.cancelled_at = None
    registration.full_clean(validate_unique=False, validate_constraints=False)
    registration.save()
    _enqueue(registration, NotificationKind.GUEST_VERIFY, registration.round)
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
        raise RegistrationError(_("This link is no longer valid."), code="invalid")
    session = _lock_session(registration.session_id)
    registration.refresh_from_db()
    if registration.status in ACTIVE_STATUSES:
        return registration
    if registration.status != RegistrationStatus.PENDING or registration.round != round:
        raise RegistrationError(_("This link is no longer valid."), code="invalid")
    if session.cancelled:
        raise RegistrationError(_("This session has been cancelled."), code="cancelled")
    if now >= session.start:
        raise RegistrationError(_("The registration deadline for this session has passed."), code="deadline")
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
        raise RegistrationError(_("You can only cancel your own registration."), code="forbidden")
    session = _lock_session(registration.session_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return registration
    if now >= session.end:
        raise RegistrationError(_("The session is over; the registration can no longer be cancelled."), code="past")
    held_seat = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.confirmed_at = None
    registration.save(update_fields=["status", "cancelled_at", "confirmed_at"])
    if held_seat:
        _fill_seats(session, now)
    return registration


# --- Publication: SEQUENCE and change notices ----------------------------


def _fingerprint(session: SessionPage) -> str:
    """What the participants' calendars depend on."""
    parts = [
        session.start.isoformat(),
        session.end.isoformat(),
        session.format,
        session.location,
        str(session.cancelled),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


@transaction.atomic
def session_record_publication(*, session_id: int, now: datetime.datetime | None = None) -> int | None:
    """Called after each publication of a session page. When the time, place
    or cancellation changed since the participants were last told, bump the
    calendar SEQUENCE and e-mail everyone registered (once per SEQUENCE).
    A raised capacity is handed to the waiting list. Returns the new
    SEQUENCE, or None when nothing the participants need to know changed."""
    now = now or timezone.now()
    session = _lock_session(session_id)
    fingerprint = _fingerprint(session)
    state, created = SessionCalendarState.objects.select_for_update().get_or_create(
        session=session, defaults={"fingerprint": fingerprint}
    )
    _fill_seats(session, now)
    if created or state.fingerprint == fingerprint:
        return None
    state.sequence += 1
    state.fingerprint = fingerprint
    state.save(update_fields=["sequence", "fingerprint", "updated_at"])
    kind = NotificationKind.CANCELLED if session.cancelled else NotificationKind.CHANGED
    for registration in Registration.objects.filter(session=session, status__in=ACTIVE_STATUSES):
        _enqueue(registration, kind, state.sequence)
    return state.sequence


# --- E-mail, exactly once --------------------------------------------------


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


# --- Attendance ------------------------------------------------------------


def _complete_linked_module(registration: Registration) -> None:
    module_id = getattr(registration.session, "linked_module_id", None)
    if not module_id or not registration.user_id:
        return
    module_mark_complete(user=registration.user, module_id=module_id, source="theme_session")


def _mark_attended(registrations, *, source: str, now: datetime.datetime) -> int:
    count = 0
    for registration in registrations:
        if registration.attended_at:
            continue
        registration.attended_at = now
        registration.attendance_source = source
        registration.save(update_fields=["attended_at", "attendance_source"])
        _complete_linked_module(registration)
        count += 1
    return count


@transaction.atomic
def attendance_set(*, session_id: int, attended_ids: set[int], now: datetime.datetime | None = None) -> int:
    """Staff tick who attended: the ticked registrations are marked (and
    complete the linked module), the others are cleared. Only confirmed
    registrations can attend. Idempotent. Returns how many were newly marked."""
    now = now or timezone.now()
    session = _lock_session(session_id)
    registrations = Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).select_related(
        "session", "user"
    )
    marked = _mark_attended([r for r in registrations if r.pk in attended_ids], source="staff", now=now)
    registrations.exclude(pk__in=attended_ids).filter(attended_at__isnull=False).update(
        attended_at=None, attendance_source=""
    )
    return marked


@dataclass
class AttendanceImport:
    rows: list[tuple[int, str, str]] = field(default_factory=list)  # (row number, e-mail, message)
    errors: list[str] = field(default_factory=list)
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


@transaction.atomic
def attendance_import_csv(*, session_id: int, data: bytes, now: datetime.datetime | None = None) -> AttendanceImport:
    """Import the meeting tool's attendance list. All or nothing: every row is
    checked first, and if any row is wrong nothing is saved and the report
    says which rows and why."""
    now = now or timezone.now()
    session = _lock_session(session_id)
    report = AttendanceImport()
    parsed = parse_attendance_csv(data)
    report.errors.extend(parsed.errors)
    by_email: dict[str, Registration] = {}
    for registration in Registration.objects.filter(
        session=session, status=RegistrationStatus.CONFIRMED
    ).select_related("session", "user"):
        if registration.email:
            by_email[registration.email.lower()] = registration
    matched: dict[int, Registration] = {}
    for row_number, email in parsed.rows:
        registration = by_email.get(email)
        if registration is None:
            message = _("Row %(row)s: nobody with the e-mail address %(email)s has a seat at this session.") % {
                "row": row_number,
                "email": email,
            }
            report.errors.append(message)
            report.rows.append((row_number, email, message))
            continue
        matched[registration.pk] = registration
        report.rows.append((row_number, email, _("OK")))
    if report.errors:
        return report
    report.imported = _mark_attended(matched.values(), source="csv", now=now)
    return report


# --- Guests' data ------------------------------------------------------------


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


# --- Calendar feed -------------------------------------------------------------


def calendar_token_for(*, user) -> CalendarFeedToken:
    token, _created = CalendarFeedToken.objects.get_or_create(user=user)
    return token


@transaction.atomic
def calendar_token_rotate(*, user) -> CalendarFeedToken:
    """A new secret address for the user's calendar feed; the old one stops working."""
    token = calendar_token_for(user=user)
    token.token = new_token()
    token.save(update_fields=["token", "created_at"])
    return token


# --- Evaluation ----------------------------------------------------------------


@transaction.atomic
def evaluation_submit(
    *, registration: Registration, overall: int, usefulness: int, best: str = "", improve: str = ""
) -> EvaluationResponse:
    """Save a participant's evaluation. Only people with a seat, after the
    session has started; one answer per registration (a second submit
    updates it)."""
    session = registration.session
    if registration.status != RegistrationStatus.CONFIRMED:
        raise RegistrationError(_("Only participants can evaluate the session."), code="forbidden")
    if not session.evaluation_enabled or timezone.now() < session.start:
        raise RegistrationError(_("The evaluation opens when the session starts."), code="not_open")
    response = EvaluationResponse.objects.filter(registration=registration).first() or EvaluationResponse(
        registration=registration, session=session
    )
    response.overall = overall
    response.usefulness = usefulness
    response.best = best.strip()
    response.improve = improve.strip()
    response.full_clean()
    response.save()
    return response


# --- Privacy -------------------------------------------------------------------


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


__all__ = [
    "AttendanceImport",
    "RegistrationError",
    "attendance_import_csv",
    "attendance_set",
    "calendar_token_for",
    "calendar_token_rotate",
    "evaluation_submit",
    "guest_data_purge",
    "guest_registration_confirm",
    "notification_deliver",
    "registration_cancel",
    "registration_create_for_guest",
    "registration_create_for_user",
    "registrations_erase_for_user",
    "session_record_publication",
]
