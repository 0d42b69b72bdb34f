"""Norwegian dates: "3. des. 2026", never "3. Des 2026"; and Norway's public
holidays (the ``holidays`` package), the one place that knows them: course
days warn about them (cohorts.calendar) and the demo avoids them (demo.dates).

How a date reads in each language is decided in elearning/formats; the short
date's ``N`` is the month's abbreviation with its full stop. Django's bokmål
and nynorsk catalogues abbreviate some months unlike Språkrådet (mar., jun.,
jul., sept.); the project's catalogues, which come first in LOCALE_PATHS,
give the recommended forms (mars, apr., juni, juli, sep.). The messages are
named here so that ``make messages`` keeps their translations."""

import datetime
from functools import cache

import holidays
from django.utils.translation import pgettext_lazy

MONTH_ABBREVIATIONS = [
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Sept."),
]


@cache
def public_holidays(year: int, language: str = "no") -> holidays.HolidayBase:
    """Norway's public holidays in ``year``, named in ``language`` ("no" or "en_US")."""
    return holidays.country_holidays("NO", years=year, language=language)


def is_working_day(day: datetime.date) -> bool:
    """A weekday that is not a Norwegian public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year)
