"""Every dated demo object falls on a teaching day: no course day, theme
session, webinar or planned teaching day on a weekend, a Norwegian public
holiday, at Christmas, in Holy Week or in July, whatever day the demo is
loaded (demo/dates.py).

The check reads every date and datetime field of every model in the
project's apps whose name says it is when something takes place (start,
end, date, day: ``start``, ``starts_at``, ``ends_on``, ``date`` …), so a new
app's dated objects (course days, cohorts …) are checked without changing
this test. Timestamps of what happened (``completed_at``, ``created_at``)
and deadlines are not days anyone has to turn up, and are left out."""

import datetime
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import models
from django.utils import timezone

from demo import dates

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")
WHEN_IT_TAKES_PLACE = {"start", "starts", "end", "ends", "date", "day", "held"}
NOT_A_DAY_TO_TURN_UP = {"date_joined"}
# A Thursday a week before Maundy Thursday: the demo's old offsets (multiples of
# seven plus two) all landed on a Saturday or Sunday from a Thursday, and the
# Easter holidays are a week ahead.
LOAD_DAY = datetime.datetime(2027, 3, 18, 9, 30, tzinfo=OSLO)


def _project_models():
    root = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if root in path.parents and ".venv" not in path.parts:
            yield from config.get_models()


def _dated_fields(model):
    for field in model._meta.concrete_fields:
        if not isinstance(field, models.DateField) or field.model is not model:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            continue
        if WHEN_IT_TAKES_PLACE.isdisjoint(field.name.split("_")) or field.name in NOT_A_DAY_TO_TURN_UP:
            continue
        yield field


def _day(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value, OSLO).date()
    return value


def test_the_check_covers_sessions_webinars_and_planned_days():
    checked = {f"{model._meta.label}.{field.name}" for model in _project_models() for field in _dated_fields(model)}
    assert {"theme_sessions.SessionPage.start", "coteaching.PlanSession.date"} <= checked
    starts = {
        f"{model._meta.label}.{field.name}"
        for model in _project_models()
        for field in model._meta.concrete_fields
        if field.name in ("start", "starts_at", "starts_on") and isinstance(field, models.DateField)
    }
    assert starts <= checked  # every model with a start (course days and cohorts too)
    assert not {"modules.Certificate.completed_on", "theme_sessions.Registration.attended_at"} & checked


# The days are chosen in Python (demo/dates.py); test_load_demo loads the same
# demo on PostgreSQL in pass 2.
@pytest.mark.engine_independent
def test_every_dated_demo_object_is_on_a_norwegian_working_day(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(timezone, "now", lambda: LOAD_DAY)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    public_holidays = holidays.country_holidays("NO", years=range(2025, 2030))
    checked, wrong = 0, []
    for model in _project_models():
        for field in _dated_fields(model):
            for pk, value in model._default_manager.exclude(**{field.name: None}).values_list("pk", field.name):
                day = _day(value)
                checked += 1
                if day.weekday() >= 5 or day in public_holidays or not dates.is_teaching_day(day):
                    wrong.append(f"{model._meta.label} {pk} {field.name}: {day:%A %Y-%m-%d}")
    assert checked >= 8  # the sessions, the webinars and the plan's teaching days at least
    assert wrong == []


@pytest.mark.parametrize(
    ("today", "offset", "expected"),
    [
        (datetime.date(2027, 3, 18), 16, datetime.date(2027, 4, 5)),  # Saturday 3 April → Monday 5 April
        (datetime.date(2027, 3, 18), 7, datetime.date(2027, 3, 30)),  # Maundy Thursday → Tuesday after Easter
        (datetime.date(2027, 3, 18), -12, datetime.date(2027, 3, 5)),  # a past Saturday → the Friday before
        (datetime.date(2026, 12, 3), 0, datetime.date(2026, 12, 3)),  # a working day stays
        (datetime.date(2027, 5, 14), 3, datetime.date(2027, 5, 18)),  # Monday 17 May → Tuesday
        (datetime.date(2026, 12, 3), 25, datetime.date(2027, 1, 4)),  # 28 December → the first Monday of January
        (datetime.date(2026, 12, 3), 18, datetime.date(2026, 12, 21)),  # the last day before Christmas stays
        (datetime.date(2027, 3, 18), 4, datetime.date(2027, 3, 30)),  # Monday of Holy Week → Tuesday after Easter
        (datetime.date(2027, 4, 1), -9, datetime.date(2027, 3, 19)),  # a past day in Holy Week → the Friday before
        (datetime.date(2027, 6, 20), 14, datetime.date(2027, 8, 2)),  # 4 July → the first working day of August
    ],
)
def test_teaching_day(today, offset, expected):
    assert dates.teaching_day(today, offset) == expected


def test_season_label():
    assert dates.season_label([datetime.date(2027, 1, 12), datetime.date(2027, 5, 3)]) == "våren 2027"
    assert dates.season_label([datetime.date(2026, 10, 1), datetime.date(2027, 1, 20)]) == "høsten 2026 og våren 2027"
    assert dates.season_label([datetime.date(2026, 2, 1), datetime.date(2027, 9, 1)]) == "2026–2027"
