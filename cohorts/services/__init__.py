"""Writes for cohort courses; ``from cohorts import services`` gives them all.
Keyword-only, atomic, idempotent; e-mails go through the outbox.

Contract (COHORT_DESIGN.md): cohort_copy, participant_enrol,
participant_cancel, attendance_set, attendance_import_csv, day_reschedule."""

from cohorts.services.attendance import AttendanceImport, attendance_import_csv, attendance_set
from cohorts.services.copying import COPIED_HOOK, cohort_copy
from cohorts.services.days import WHEN_AND_WHERE, day_record_change, day_reschedule
from cohorts.services.emails import deliver_day_changed, deliver_group_message, deliver_seat_email
from cohorts.services.enrolment import (
    cohort_capacity_changed,
    enrolment_is_open,
    lock_cohort,
    participant_cancel,
    participant_enrol,
    participant_set_group,
)
from cohorts.services.messages import cohort_message_send, group_message_send
from cohorts.services.rules import check_day_time, check_leaders

__all__ = [
    "COPIED_HOOK",
    "WHEN_AND_WHERE",
    "AttendanceImport",
    "attendance_import_csv",
    "attendance_set",
    "check_day_time",
    "check_leaders",
    "cohort_capacity_changed",
    "cohort_copy",
    "day_record_change",
    "day_reschedule",
    "deliver_day_changed",
    "deliver_group_message",
    "deliver_seat_email",
    "enrolment_is_open",
    "group_message_send",
    "cohort_message_send",
    "lock_cohort",
    "participant_cancel",
    "participant_enrol",
    "participant_set_group",
]
