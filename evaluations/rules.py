"""When an evaluation form opens: plain functions of the cohort's dates,
shared by the services (which refuse early answers) and the selectors
(which show the link). No queries."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

from evaluations.models import FormKind

OSLO = ZoneInfo("Europe/Oslo")


def start_of(date: datetime.date) -> datetime.datetime:
    """Midnight in Norway at the start of ``date``, as an aware datetime."""
    return datetime.datetime.combine(date, datetime.time.min, tzinfo=OSLO)


def follow_up_date(cohort) -> datetime.date:
    return cohort.ends_on + datetime.timedelta(days=settings.EVALUATION_FOLLOW_UP_DAYS)


def opens_at(*, kind: str, cohort, day=None) -> datetime.datetime:
    """The course-day form opens when its day starts (answered in the last
    minutes of the day or after it); the end-of-course form on the last day;
    the follow-up ``EVALUATION_FOLLOW_UP_DAYS`` after the last day."""
    if kind == FormKind.COURSE_DAY:
        return day.starts_at
    if kind == FormKind.COURSE_END:
        return start_of(cohort.ends_on)
    return start_of(follow_up_date(cohort))
