"""Dates for the demo, computed from the day it is loaded: course days, theme
sessions and webinars fall on weekdays that are not Norwegian public
holidays (``elearning.dates.is_working_day``), outside the weeks when
Norwegian health services run on holiday staffing and no course is held
(``is_teaching_day``), and a series is named after the half-year its
sessions fall in."""

from __future__ import annotations

import datetime

from elearning.dates import is_working_day, public_holidays

SPRING, AUTUMN = "våren", "høsten"


def is_teaching_day(day: datetime.date) -> bool:
    """A working day outside Christmas and New Year (22 December to 2
    January), Holy Week (Monday to Wednesday before Easter; Maundy Thursday
    to Easter Monday are public holidays) and July (the common summer
    holiday, fellesferien)."""
    if not is_working_day(day) or day.month == 7:
        return False
    if (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2):
        return False
    maundy_thursday = next(d for d, name in public_holidays(day.year, "en_US").items() if name == "Maundy Thursday")
    return not maundy_thursday - datetime.timedelta(days=3) <= day < maundy_thursday


def next_teaching_day(day: datetime.date, *, forward: bool = True) -> datetime.date:
    """``day`` when it is a teaching day, else the nearest one after it
    (before it, with ``forward=False``)."""
    step = datetime.timedelta(days=1 if forward else -1)
    while not is_teaching_day(day):
        day += step
    return day


def teaching_day(today: datetime.date, offset: int) -> datetime.date:
    """The teaching day ``offset`` days from ``today``: the date itself when
    it is one, else the nearest teaching day further from today (later for a
    future date, earlier for a past one), so a past session stays past."""
    return next_teaching_day(today + datetime.timedelta(days=offset), forward=offset >= 0)


def half_year(day: datetime.date) -> tuple[int, str]:
    return day.year, SPRING if day.month <= 6 else AUTUMN


def season_label(days: list[datetime.date]) -> str:
    """«våren 2027», «høsten 2026 og våren 2027» or «2026–2028» for the span of ``days``."""
    first, last = half_year(min(days)), half_year(max(days))
    if first == last:
        return f"{first[1]} {first[0]}"
    if first[1] == AUTUMN and last == (first[0] + 1, SPRING):
        return f"{AUTUMN} {first[0]} og {SPRING} {last[0]}"
    return f"{first[0]}–{last[0]}"
