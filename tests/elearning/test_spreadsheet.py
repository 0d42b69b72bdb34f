"""The CSV formula rule (elearning/spreadsheet.py)."""

import pytest

from elearning.spreadsheet import csv_safe


@pytest.mark.parametrize("text", ["=1+1", "+47 123", "-x", "@SUM(A1)", "\tA", "\rA"])
def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Kari", "a=b", "", -5, 1.5, None])
def test_everything_else_is_unchanged(value):
    assert csv_safe(value) == value
