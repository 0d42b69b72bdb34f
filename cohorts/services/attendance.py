"""Attendance per course day: marked by a leader, or imported from the
meeting tool's CSV (``elearning.attendance_csv.attendance_import``, the import
theme sessions use too).
A change may complete the course, so each participant whose attendance
changed gets a completion check."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts.cache import ATTENDANCE
from cohorts.models import Attendance, AttendanceSource, CourseDay, Participant, ParticipantStatus
from elearning import user_cache
from elearning.attendance_csv import AttendanceImport, attendance_import
from elearning.errors import UserError
from modules import services as course_services


def _day(day_id: int) -> CourseDay:
    # Lock the day: two leaders saving the list at once are applied one after the other.
    day = CourseDay.objects.select_for_update(of=("self",)).select_related("cohort__course").filter(pk=day_id).first()
    if day is None:
        raise UserError(_("This course day does not exist."), code="not_found")
    return day


def _write(day: CourseDay, wanted: dict[int, bool], *, source: str, marked_by) -> list[Participant]:
    """Upsert one row per participant in ``wanted`` (participant id → present).
    Returns the participants whose attendance changed."""
    existing = {a.participant_id: a for a in Attendance.objects.filter(day=day, participant_id__in=wanted)}
    changed_ids = []
    for participant_id, present in wanted.items():
        row = existing.get(participant_id)
        if row is None:
            Attendance.objects.create(
                day=day, participant_id=participant_id, present=present, source=source, marked_by=marked_by
            )
            changed_ids.append(participant_id)
        elif row.present != present:
            Attendance.objects.filter(pk=row.pk).update(present=present, source=source, marked_by=marked_by)
            changed_ids.append(participant_id)
    if changed_ids:  # a queryset update sends no signal; the cohort page shows the attendance (cohorts.learner_html)
        user_cache.bump_shared(ATTENDANCE)
    changed = list(Participant.objects.filter(pk__in=changed_ids).select_related("user"))
    for participant in changed:
        course_services.course_completion_check(user=participant.user, course=day.cohort.course)
    return changed


@transaction.atomic
def attendance_set(*, day_id: int, present_ids: set[int], marked_by=None, group_id: int | None = None) -> int:
    """A leader's list for one day: the ticked confirmed participants were
    there, the others were not. With ``group_id`` (a group leader's list) the
    list is that local group's members only: nobody outside it is touched.
    Idempotent. Returns how many rows changed. Refused before the day starts:
    nobody can have been there yet."""
    day = _day(day_id)
    if day.starts_at > timezone.now():
        raise UserError(
            _("Attendance can be marked from the start of the course day, not before."), code="day_not_started"
        )
    confirmed = Participant.objects.filter(cohort_id=day.cohort_id, status=ParticipantStatus.CONFIRMED)
    if group_id is not None:
        confirmed = confirmed.filter(group_id=group_id)
    wanted = {pk: pk in present_ids for pk in confirmed.values_list("pk", flat=True)}
    return len(_write(day, wanted, source=AttendanceSource.MANUAL, marked_by=marked_by))


@transaction.atomic
def attendance_import_csv(*, day_id: int, data: bytes, marked_by=None) -> AttendanceImport:
    """Import the meeting tool's list for one day: everyone on it is marked
    present (nobody is marked absent by an import). All or nothing: if a row
    is wrong nothing is saved and the report says which rows and why."""
    day = _day(day_id)
    confirmed = Participant.objects.filter(cohort_id=day.cohort_id, status=ParticipantStatus.CONFIRMED)
    return attendance_import(
        data,
        known=dict(confirmed.values_list("user__email", "pk")),
        unknown_message=_("Row %(row)s: nobody with the e-mail address %(email)s takes part in this cohort."),
        mark=lambda ids: len(
            _write(day, dict.fromkeys(ids, True), source=AttendanceSource.IMPORT, marked_by=marked_by)
        ),
    )
