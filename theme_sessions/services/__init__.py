"""Every write for theme sessions: registration, waiting list, calendar
sequence, e-mail claims, attendance, evaluation, privacy.

Seats are never overbooked: every path that changes who holds a seat first
locks the session row (SELECT … FOR UPDATE on PostgreSQL; SQLite takes the
database write lock at BEGIN IMMEDIATE), counts the confirmed registrations
and decides inside that lock. E-mails are enqueued with ``delay_on_commit``,
so nothing is sent for a transaction that rolls back.

One module per subject (registrations, publication, notifications,
attendance, calendar_feed, evaluations); ``from theme_sessions import services``
gives them all.
"""

from theme_sessions.services.attendance import AttendanceImport, attendance_import_csv, attendance_set
from theme_sessions.services.calendar_feed import calendar_token_for, calendar_token_rotate
from theme_sessions.services.evaluations import evaluation_submit
from theme_sessions.services.notifications import notification_deliver
from theme_sessions.services.publication import session_record_publication
from theme_sessions.services.registrations import (
    guest_data_purge,
    guest_registration_confirm,
    registration_cancel,
    registration_create_for_guest,
    registration_create_for_user,
    registrations_erase_for_user,
)

__all__ = [
    "AttendanceImport",
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
