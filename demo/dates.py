"""Dates for the demo, computed from the day it is loaded: course days, theme
sessions and webinars fall on weekdays that are not Norwegian public
holidays (the ``holidays`` package), and a series is named after the
half-year its sessions fall in."""

from __future__ import annotations

import datetime
from functools import cache

import holidays

SPRING, AUTUMN = "våren", "høsten"


@cache
def _public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NO", years=year)


def is_working_day(day: datetime.date) -> bool:
    """A weekday that is not a Norwegian public holiday."""
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def next_working_day(day: datetime.date, *, forward: bool = True) -> datetime.date:
    """``day`` when it is a working day, else the nearest one after it (before
    it, with ``forward=False``)."""
    step = datetime.timedelta(days=1 if forward else -1)
    while not is_working_day(day):
        day += step
    return day


def working_day(today: datetime.date, offset: int) -> datetime.date:
    """The working day ``offset`` days from ``today``: the date itself when it
    is one, else the nearest working day further from today (later for a
    future date, earlier for a past one), so a past session stays past."""
    return next_working_day(today + datetime.timedelta(days=offset), forward=offset >= 0)


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
