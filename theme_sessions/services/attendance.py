"""Who attended: ticked by staff or imported from the meeting tool's list;
attending completes the course lessons an editor chose for the session
(SessionCredit), never a whole module or a quiz."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from elearning.attendance_csv import AttendanceImport, attendance_import
from modules.services import lessons_credit
from theme_sessions.models import (
    Registration,
    RegistrationStatus,
    SessionCredit,
)
from theme_sessions.services.registrations import lock_session


def _credit_lessons(registration: Registration, lesson_ids: list[int]) -> None:
    if lesson_ids and registration.user_id:
        lessons_credit(user=registration.user, lesson_ids=lesson_ids, source="theme_session")


def _mark_attended(registrations, *, session, source: str, now: datetime.datetime) -> int:
    lesson_ids = list(SessionCredit.objects.filter(page=session).values_list("lesson_id", flat=True))
    count = 0
    for registration in registrations:
        if registration.attended_at:
            continue
        registration.attended_at = now
        registration.attendance_source = source
        registration.save(update_fields=["attended_at", "attendance_source"])
        _credit_lessons(registration, lesson_ids)
        count += 1
    return count


@transaction.atomic
def attendance_set(*, session_id: int, attended_ids: set[int], now: datetime.datetime | None = None) -> int:
    """Staff tick who attended: the ticked registrations are marked (and
    complete the lessons the session covers), the others are cleared. Only confirmed
    registrations can attend. Idempotent. Returns how many were newly marked."""
    now = now or timezone.now()
    session = lock_session(session_id)
    registrations = Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).select_related(
        "session", "user"
    )
    marked = _mark_attended(
        [r for r in registrations if r.pk in attended_ids], session=session, source="staff", now=now
    )
    registrations.exclude(pk__in=attended_ids).filter(attended_at__isnull=False).update(
        attended_at=None, attendance_source=""
    )
    return marked


@transaction.atomic
def attendance_import_csv(*, session_id: int, data: bytes, now: datetime.datetime | None = None) -> AttendanceImport:
    """Import the meeting tool's attendance list. All or nothing: every row is
    checked first, and if any row is wrong nothing is saved and the report
    says which rows and why."""
    now = now or timezone.now()
    session = lock_session(session_id)
    confirmed = Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).select_related(
        "session", "user"
    )
    return attendance_import(
        data,
        known={r.email: r for r in confirmed if r.email},
        unknown_message=_("Row %(row)s: nobody with the e-mail address %(email)s has a seat at this session."),
        mark=lambda registrations: _mark_attended(registrations, session=session, source="csv", now=now),
    )
