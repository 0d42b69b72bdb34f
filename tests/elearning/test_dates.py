"""Dates read one way per language, decided in elearning/formats: Norwegian
short dates follow Språkrådet ("3. des. 2026", "3. mars 2026"), English ones
read "4 December 2026" with a 24-hour clock; no template names a pattern of
its own."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import formats, translation

# Django's names, plus the three the project's format modules add.
NAMED_FORMATS = {
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "TIME_FORMAT",
    "MONTH_DAY_FORMAT",
    "YEAR_MONTH_FORMAT",
    "WEEKDAY_DATE_FORMAT",
    "WEEKDAY_DATETIME_FORMAT",
    "TIME_SECONDS_FORMAT",
}
# Machine-read values (a <time datetime="…"> attribute, an input's value).
MACHINE_FORMATS = {"c", "Y-m-d"}
THURSDAY = datetime.datetime(2026, 12, 3, 10, 5)


@pytest.mark.parametrize(
    ("language", "month", "expected"),
    [
        ("nb", 12, "3. des. 2026"),
        ("nb", 3, "3. mars 2026"),
        ("nb", 6, "3. juni 2026"),
        ("nb", 9, "3. sep. 2026"),
        ("nn", 4, "3. apr. 2026"),
        ("nn", 7, "3. juli 2026"),
        ("en", 12, "3 Dec 2026"),
    ],
)
def test_short_dates(language, month, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2026, month, 3), "SHORT_DATE_FORMAT") == expected


@pytest.mark.parametrize(
    ("name", "nb", "nn", "en"),
    [
        ("DATE_FORMAT", "3. desember 2026", "3. desember 2026", "3 December 2026"),
        ("DATETIME_FORMAT", "3. desember 2026, 10:05", "3. desember 2026, 10:05", "3 December 2026, 10:05"),
        ("SHORT_DATETIME_FORMAT", "3. des. 2026, 10:05", "3. des. 2026, 10:05", "3 Dec 2026, 10:05"),
        ("TIME_FORMAT", "10:05", "10:05", "10:05"),
        ("TIME_SECONDS_FORMAT", "10:05:00", "10:05:00", "10:05:00"),
        ("MONTH_DAY_FORMAT", "3. desember", "3. desember", "3 December"),
        ("WEEKDAY_DATE_FORMAT", "torsdag 3. desember 2026", "torsdag 3. desember 2026", "Thursday 3 December 2026"),
        (
            "WEEKDAY_DATETIME_FORMAT",
            "torsdag 3. desember 2026, 10:05",
            "torsdag 3. desember 2026, 10:05",
            "Thursday 3 December 2026, 10:05",
        ),
    ],
)
def test_named_formats_per_language(name, nb, nn, en):
    template = Template('{{ when|date:"' + name + '" }}')
    for language, expected in (("nb", nb), ("nn", nn), ("en", en)):
        with translation.override(language):
            assert template.render(Context({"when": THURSDAY})) == expected, language


def test_every_language_defines_the_project_formats():
    # A name missing for a language would be read as a pattern: "WEEKDAY_…" in letters.
    for language, _name in settings.LANGUAGES:
        for name in NAMED_FORMATS:
            assert formats.get_format(name, lang=language) != name, (language, name)


def test_templates_name_their_date_formats():
    pattern = re.compile(r"""\|(?:date|time):\s*(?:"([^"]*)"|'([^']*)'|(\w+))""")
    found = {}
    for path in Path(settings.BASE_DIR, "templates").rglob("*.*"):
        for match in pattern.finditer(path.read_text()):
            argument = next(group for group in match.groups() if group is not None)
            found.setdefault(argument, []).append(str(path.relative_to(settings.BASE_DIR)))
    literals = {argument: paths for argument, paths in found.items() if argument not in NAMED_FORMATS | MACHINE_FORMATS}
    assert literals == {}
    assert found.keys() >= {"DATE_FORMAT", "WEEKDAY_DATETIME_FORMAT"}
