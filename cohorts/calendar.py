"""Norwegian working days, for course days (elearning.dates.public_holidays). A
course day may fall on a weekend or a public holiday (a weekend seminar is a
choice), so nothing refuses it; staff are warned where a day lands there,
typically after a cohort is copied to new dates."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import formats, timezone, translation

from elearning.dates import public_holidays

# The package names Norway's holidays in Norwegian ("no") and English ("en_US");
# bokmål and nynorsk both get the Norwegian names.
HOLIDAY_LANGUAGES = {"en": "en_US"}


def day_off(day: datetime.date) -> str | None:
    """Why ``day`` is not a working day in Norway, in the active language: the
    public holiday's name, else the weekday's name on a Saturday or Sunday.
    None on a working day."""
    language = HOLIDAY_LANGUAGES.get(translation.get_language() or "", "no")
    name = public_holidays(day.year, language).get(day)
    if name:
        return name
    if day.weekday() >= 5:
        return formats.date_format(day, "l")
    return None


@dataclass(frozen=True)
class DayOff:
    label: str  # "Day 2"
    date: datetime.date
    reason: str  # "Saturday", "Kristi himmelfartsdag"


def days_off(days: Iterable) -> list[DayOff]:
    """The course days among ``days`` that start on a day off in Norway."""
    found = []
    for day in days:
        date = timezone.localtime(day.starts_at).date()
        reason = day_off(date)
        if reason:
            found.append(DayOff(label=str(day.label), date=date, reason=reason))
    return found


def describe(found: list[DayOff]) -> str:
    """«Dag 2 (lørdag, 6. mars 2027), Dag 4 (Kristi himmelfartsdag, 6. mai 2027)»."""
    return ", ".join(f"{item.label} ({item.reason}, {formats.date_format(item.date)})" for item in found)
