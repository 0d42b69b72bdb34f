"""Writing rows to a CSV or XLSX file with constant memory.

CSV is written in the one format of the site's CSV files, Wagtail's
(SpreadsheetExportMixin, used by the insights reports): UTF-8 with a byte
order mark (as the insights reports add), commas, a decimal point: the
standard, read the same everywhere. XLSX is the format for Excel. Text that a spreadsheet would run as a formula is neutralised
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

from elearning.spreadsheet import FORMULA_STARTS, csv_safe


def _csv_cell(yes: str, no: str, tz) -> Callable:
    """One value as a CSV cell (any type)."""

    def cell(value):
        kind = type(value)
        if kind is str:
            return csv_safe(value)
        if value is None:
            return ""
        if kind is int:
            return value
        if kind is datetime.datetime:
            return value.astimezone(tz).isoformat(" ", "minutes")[:16]
        if kind is bool:
            return yes if value else no
        if kind is decimal.Decimal or kind is float:
            return str(value)
        if kind is datetime.date:
            return value.isoformat()
        return csv_safe(str(value))

    return cell


def _csv_text(value):
    """A text column's cell (the commonest case, kept to one test per value)."""
    if value is None:
        return ""
    return "'" + value if value[:1] in FORMULA_FIRST else value


FORMULA_FIRST = frozenset(FORMULA_STARTS)


def _csv_row(first_row: tuple, cell: Callable) -> Callable:
    """A function that turns a row into CSV cells: integer columns pass as
    they are, text columns get the formula rule, and the rest go through
    ``cell``, each column decided by the type of its value in the first row
    (a value of another type later still goes through ``cell``)."""
    kinds = [type(value) for value in first_row]

    def row_cells(row):
        out = []
        for kind, value in zip(kinds, row, strict=True):
            actual = type(value)
            if actual is int:
                out.append(value)
            elif actual is str and kind is str:
                out.append(_csv_text(value))
            else:
                out.append(cell(value))
        return out

    return row_cells


def _chunks(rows: Iterable[tuple], size: int):
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def write_csv(path, columns, rows, *, progress: Callable[[int], None], every: int) -> int:
    cell = _csv_cell(_("Yes"), _("No"), timezone.get_current_timezone())
    row_cells = None
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_safe(str(column)) for column in columns])
        for chunk in _chunks(rows, every):
            row_cells = row_cells or _csv_row(chunk[0], cell)
            writer.writerows(map(row_cells, chunk))
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
