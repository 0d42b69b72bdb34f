"""Writing a dataset's rows to a CSV or XLSX file with constant memory.

``write(path, headings, query, progress=, every=)`` takes the rows of
``query`` (a ``values_list()`` queryset) in the order of their primary key, calls
``progress(n)`` after about every ``every`` rows, and returns the number of
rows written.

CSV is UTF-8 with a byte order mark (Excel reads the letters right),
commas and a decimal point, as Wagtail's reports write it, with the cells
of ``exports.cells`` (labels, local times, the formula rule). On PostgreSQL
the database writes the lines itself (``COPY … TO STDOUT``, streamed to the
file chunk by chunk, a batch of rows at a time): Python only moves bytes, which is what makes an export
of half a million rows take seconds. On any other database the same bytes
come from Python (``exports.cells.formatters``).

XLSX is written by openpyxl in write-only mode (rows go to disk as they
come); a text cell that openpyxl would take for a formula is kept as text,
as Wagtail's SpreadsheetExportMixin does.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable, Sequence

from django.db import connections
from django.db.models import QuerySet
from django.utils import timezone

from elearning.spreadsheet import csv_safe
from exports import cells as cell_kinds

CHUNK = 5000
# Rows per COPY on PostgreSQL, at least. Each COPY joins its tables again (a
# hash of every profile, say): measured on 300,000 rows at size L, batches of
# 10,000 took 6-7.5 s and batches of 50,000 4.3 s. The progress is written
# after each batch.
COPY_BATCH = 50_000
BOM = "\ufeff".encode()


def _chunks(rows: Iterable[tuple], size: int):
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _cells(query: QuerySet) -> list[cell_kinds.Cell]:
    return cell_kinds.query_cells(query.query.get_compiler(query.db))


def _header(headings: Sequence) -> bytes:
    return BOM + cell_kinds.csv_line([csv_safe(str(heading)) for heading in headings]).encode()


def write_csv(path, headings: Sequence, query: QuerySet, *, progress: Callable[[int], None], every: int) -> int:
    query = query.order_by("pk")
    if connections[query.db].vendor == "postgresql":
        return copy_csv(path, headings, query, progress=progress, every=every)
    return python_csv(path, headings, query, progress=progress, every=every)


def python_csv(path, headings: Sequence, query: QuerySet, *, progress: Callable[[int], None], every: int) -> int:
    """The CSV from Python, on any database: the same bytes as ``copy_csv``."""
    query = query.order_by("pk")
    formats = cell_kinds.formatters(_cells(query))
    written = 0
    with open(path, "wb") as handle:
        handle.write(_header(headings))
        line = cell_kinds.csv_line
        for chunk in _chunks(query.iterator(chunk_size=CHUNK), every):
            handle.write(
                "".join(line([fmt(value) for fmt, value in zip(formats, row, strict=True)]) for row in chunk).encode()
            )
            written += len(chunk)
            progress(written)
    return written


def _batch_end(query: QuerySet, low: int | None, size: int) -> int | None:
    """The primary key of the ``size``-th row after ``low`` (None: fewer are left)."""
    rest = query.filter(pk__gt=low) if low is not None else query
    return rest.order_by("pk").values_list("pk", flat=True)[size - 1 : size].first()


def copy_csv(path, headings: Sequence, query: QuerySet, *, progress: Callable[[int], None], every: int) -> int:
    """PostgreSQL only: COPY in batches of ``every`` rows (COPY_BATCH at least) by primary
    key, so that the progress (a query on the same connection) is written
    between them."""
    connection = connections[query.db]
    cells = _cells(query)
    size = max(every, COPY_BATCH)
    written, low, last = 0, None, False
    with open(path, "wb") as handle, connection.cursor() as cursor:
        handle.write(_header(headings))
        while not last:
            high = _batch_end(query, low, size)
            batch = query.filter(pk__gt=low) if low is not None else query
            batch = batch.filter(pk__lte=high) if high is not None else batch
            select, params = batch.query.get_compiler(query.db).as_sql()
            # psycopg's own cursor: Django's debug wrapper takes no parameters for COPY.
            with cursor.cursor.copy(*cell_kinds.copy_sql(select, params, cells)) as copy:
                for data in copy:
                    handle.write(data)
            written += cursor.rowcount
            if cursor.rowcount:
                progress(written)
            low, last = high, high is None
    return written


def write_xlsx(path, headings: Sequence, query: QuerySet, *, progress: Callable[[int], None], every: int) -> int:
    # deferred: openpyxl takes about a tenth of a second to import; only writing a spreadsheet needs it, not
    # every process that loads the apps (Wagtail imports every wagtail_hooks, which reach this module)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Eksport")
    zone = timezone.get_current_timezone()

    def text(value):
        if isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # never a formula (Wagtail's rule)
            return cell
        return value

    def moment(value):
        return value.astimezone(zone).replace(tzinfo=None) if isinstance(value, datetime.datetime) else value

    def column(cell: cell_kinds.Cell):
        if cell.kind == "label":
            labels = dict(cell.labels)
            return lambda value: text(labels.get(value, value))
        return {"text": text, "datetime": moment}.get(cell.kind, lambda value: value)

    query = query.order_by("pk")
    formats = [column(cell) for cell in _cells(query)]
    sheet.append([str(heading) for heading in headings])
    written = 0
    for chunk in _chunks(query.iterator(chunk_size=CHUNK), every):
        for row in chunk:
            sheet.append([fmt(value) for fmt, value in zip(formats, row, strict=True)])
        written += len(chunk)
        progress(written)
    workbook.save(path)
    return written


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}
