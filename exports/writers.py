"""Writing rows to a CSV or XLSX file with constant memory.

CSV is written for Excel with Norwegian settings, as the rest of the site
does (quizzes.admin_views): UTF-8 with a byte order mark, semicolons, a
decimal comma. Text that a spreadsheet would run as a formula is neutralised
by the project's one rule (``elearning.spreadsheet.csv_safe``). XLSX is
written by openpyxl in write-only mode (rows go to disk as they come), and a
text cell that openpyxl would take for a formula is kept as text, as Wagtail's
SpreadsheetExportMixin does.

``write(path, fmt, columns, rows, progress, every)`` calls ``progress(n)``
after every ``every`` rows and returns the number of rows written.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import itertools
from collections.abc import Callable, Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from elearning.spreadsheet import csv_safe


def _csv_cells(yes: str, no: str, tz) -> Callable:
    def cell(value):
        kind = type(value)
        if kind is str:
            return csv_safe(value)
        if kind is int or value is None:
            return "" if value is None else value
        if kind is datetime.datetime:
            return value.astimezone(tz).isoformat(" ", "minutes")[:16]
        if kind is bool:
            return yes if value else no
        if kind is decimal.Decimal or kind is float:
            return str(value).replace(".", ",")
        if kind is datetime.date:
            return value.isoformat()
        return csv_safe(str(value))

    return cell


def _chunks(rows: Iterable[tuple], size: int):
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def write_csv(path, columns, rows, *, progress: Callable[[int], None], every: int) -> int:
    cell = _csv_cells(_("Yes"), _("No"), timezone.get_current_timezone())
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([csv_safe(str(column)) for column in columns])
        for chunk in _chunks(rows, every):
            writer.writerows([[cell(value) for value in row] for row in chunk])
            written += len(chunk)
            progress(written)
    return written


def write_xlsx(path, columns, rows, *, progress: Callable[[int], None], every: int) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Eksport")
    tz = timezone.get_current_timezone()

    def cell(value):
        kind = type(value)
        if kind is str:
            if value.startswith("="):
                text = WriteOnlyCell(sheet, value)
                text.data_type = "s"  # never a formula (Wagtail's rule)
                return text
            return value
        if kind is datetime.datetime:
            return value.astimezone(tz).replace(tzinfo=None)
        return value

    sheet.append([str(column) for column in columns])
    written = 0
    for chunk in _chunks(rows, every):
        for row in chunk:
            sheet.append([cell(value) for value in row])
        written += len(chunk)
        progress(written)
    workbook.save(path)
    return written


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
