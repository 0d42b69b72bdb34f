"""The CSV formula rule (elearning/spreadsheet.py)."""

from decimal import Decimal

import pytest

from elearning.spreadsheet import csv_cell, csv_safe


@pytest.mark.parametrize("text", ["=1+1", "+47 123", "-x", "@SUM(A1)", "\tA", "\rA"])
def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["Kari", "a=b", "", -5, 1.5, None])
def test_everything_else_is_unchanged(value):
    assert csv_safe(value) == value


@pytest.mark.parametrize("value", [-5, 1.5, Decimal("-2.5"), None, True])
def test_a_csv_cell_keeps_numbers_and_empty_cells(value):
    assert csv_cell(value) == value


def test_a_csv_cell_makes_other_values_safe_text():
    class Person:
        def __str__(self):
            return "=HYPERLINK(1)"

    assert csv_cell(Person()) == "'=HYPERLINK(1)"
    assert csv_cell("Kari") == "Kari"
