"""Moving a course day: the time and place change under optimistic locking,
the calendar SEQUENCE goes up, and every confirmed participant gets one
e-mail per change (outbox; once per (day, sequence, user))."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from cohorts.models import CourseDay, DayChangeNotice, Participant, ParticipantStatus
from cohorts.services.rules import check_day_time
from elearning import outbox
from elearning.errors import EditConflict, UserError
from elearning.locking import update_if_version

# Changing any of these moves the day for the participants' calendars.
WHEN_AND_WHERE = ("starts_at", "ends_at", "format", "meeting_url", "room", "address")


def day_notice_key(day_id: int, sequence: int, user_id: int) -> str:
    return f"cohorts.day_changed:{day_id}:{sequence}:{user_id}"


@transaction.atomic
def day_record_change(*, day_id: int) -> int:
    """The day's time or place changed (in a service or the admin): bump its
    SEQUENCE and tell every confirmed participant. Returns the new sequence."""
    CourseDay.objects.filter(pk=day_id).update(ics_sequence=F("ics_sequence") + 1)
    day = CourseDay.objects.get(pk=day_id)
    users = Participant.objects.filter(cohort_id=day.cohort_id, status=ParticipantStatus.CONFIRMED).values_list(
        "user_id", flat=True
    )
    for user_id in users:
        notice, _created = DayChangeNotice.objects.get_or_create(day=day, user_id=user_id, sequence=day.ics_sequence)
        outbox.enqueue(
            "cohorts.tasks.send_day_changed", notice.pk, key=day_notice_key(day.pk, day.ics_sequence, user_id)
        )
    return day.ics_sequence


@transaction.atomic
def day_reschedule(*, day_id: int, version: int, now: datetime.datetime | None = None, **values) -> CourseDay:
    """Change when and where day ``day_id`` is (any of WHEN_AND_WHERE). The
    editor started from ``version``; if someone saved the day since, nothing
    changes and EditConflict carries both. A day moved into the past is refused."""
    unknown = set(values) - set(WHEN_AND_WHERE)
    if unknown:
        raise TypeError(f"day_reschedule got unknown fields {sorted(unknown)}")
    day = CourseDay.objects.filter(pk=day_id).first()
    if day is None:
        raise UserError(_("This course day does not exist."), code="not_found")
    changed = {k: v for k, v in values.items() if getattr(day, k) != v}
    if "starts_at" in changed or "ends_at" in changed:
        check_day_time(
            starts_at=values.get("starts_at", day.starts_at), ends_at=values.get("ends_at", day.ends_at), now=now
        )
    if not update_if_version(CourseDay.objects, pk=day.pk, version=version, **changed):
        current = CourseDay.objects.get(pk=day.pk)
        raise EditConflict(
            _("Someone else changed this course day while you were editing. Check the saved version and save again."),
            current=current,
            yours=values,
        )
    if changed:
        day_record_change(day_id=day.pk)
    return CourseDay.objects.get(pk=day.pk)
