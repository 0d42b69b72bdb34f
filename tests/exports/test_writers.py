"""The CSV and XLSX writers: every kind of value, the formula rule, and a
column whose type changes after the first row."""

import csv
import datetime
import decimal

import openpyxl
from django.utils import timezone

from exports import writers
from tests.i18n import nb

MOMENT = datetime.datetime(2026, 11, 2, 8, 30, tzinfo=datetime.UTC)  # 09:30 in Oslo
ROWS = [
    (1, None, "=SUM(A1)", MOMENT, True, decimal.Decimal("87.50"), datetime.date(2026, 11, 2)),
    (2, "-1", "Kari", None, False, 1.5, None),
    (3, 4, "@x", MOMENT, None, None, "tekst"),
]


def test_csv_cells_in_wagtail_s_format_commas_and_decimal_points(tmp_path):
    progress = []
    path = tmp_path / "x.csv"
    assert writers.write_csv(path, ["A", "=B"], ROWS, progress=progress.append, every=2) == 3
    assert progress == [2, 3]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfA,'=B\r\n")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["A", "'=B"]
    assert rows[1] == ["1", "", "'=SUM(A1)", "2026-11-02 09:30", nb("Yes"), "87.50", "2026-11-02"]
    assert rows[2] == ["2", "'-1", "Kari", "", nb("No"), "1.5", ""]
    assert rows[3] == ["3", "4", "'@x", "2026-11-02 09:30", "", "", "tekst"]
    assert timezone.get_current_timezone_name() == "Europe/Oslo"


def test_xlsx_keeps_formula_text_as_text_and_times_local(tmp_path):
    path = tmp_path / "x.xlsx"
    assert writers.write_xlsx(path, ["A"], ROWS, progress=lambda n: None, every=2) == 3
    sheet = openpyxl.load_workbook(path).active
    assert sheet["C2"].value == "=SUM(A1)" and sheet["C2"].data_type == "s"
    assert sheet["D2"].value == datetime.datetime(2026, 11, 2, 9, 30)
    assert sheet["F2"].value == 87.5 and sheet.max_row == 4
