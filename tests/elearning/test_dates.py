"""Norwegian short dates follow Språkrådet: "3. des. 2026", "3. mars 2026"."""

import datetime

import pytest
from django.utils import dateformat, translation

from elearning.dates import SHORT_DATE


@pytest.mark.parametrize(
    ("language", "month", "expected"),
    [
        ("nb", 12, "3. des. 2026"),
        ("nb", 3, "3. mars 2026"),
        ("nb", 6, "3. juni 2026"),
        ("nb", 9, "3. sep. 2026"),
        ("nn", 4, "3. apr. 2026"),
        ("nn", 7, "3. juli 2026"),
    ],
)
def test_short_dates(language, month, expected):
    with translation.override(language):
        assert dateformat.format(datetime.date(2026, month, 3), SHORT_DATE) == expected
