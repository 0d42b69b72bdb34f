"""After a session page is published: the calendar SEQUENCE and the notice
to everyone registered when the time, place or cancellation changed."""

import datetime
import hashlib

from django.db import transaction
from django.utils import timezone

from theme_sessions.models import (
    ACTIVE_STATUSES,
    NotificationKind,
    Registration,
    SessionCalendarState,
    SessionPage,
)
from theme_sessions.services.registrations import enqueue, fill_seats, lock_session


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
    session = lock_session(session_id)
    fingerprint = _fingerprint(session)
    state, created = SessionCalendarState.objects.select_for_update().get_or_create(
        session=session, defaults={"fingerprint": fingerprint}
    )
    fill_seats(session, now)
    if created or state.fingerprint == fingerprint:
        return None
    state.sequence += 1
    state.fingerprint = fingerprint
    state.save(update_fields=["sequence", "fingerprint", "updated_at"])
    kind = NotificationKind.CANCELLED if session.cancelled else NotificationKind.CHANGED
    for registration in Registration.objects.filter(session=session, status__in=ACTIVE_STATUSES):
        enqueue(registration, kind, state.sequence)
    return state.sequence
