"""How a dataset's values become CSV cells: once as SQL, for PostgreSQL to
write the whole file with ``COPY (SELECT …) TO STDOUT WITH (FORMAT csv)``,
and once in Python, for any other database (SQLite in development) and for
the XLSX writer. Both give the same bytes (tests/exports/test_cells.py
compares them on one set of rows).

Each column has a *kind*, read from the model field the queryset selects:

- ``int`` and ``decimal``: the number as the database writes it (a decimal
  keeps its places, ``87.50``), never quoted;
- ``text``: the formula rule (``elearning.spreadsheet.csv_safe``); an empty
  text is an empty cell, like a missing one;
- ``label``: a field with choices, written as its label in the active
  language (an unknown code as it is, under the formula rule);
- ``bool``: the active language's Yes or No;
- ``datetime``: local time (the site's time zone) to the minute,
  ``2026-11-02 09:30``; ``date``: ``2026-11-02``.

The CSV dialect is PostgreSQL's: commas, a double quote around a cell that
holds a comma, a quote, a carriage return or a line feed (its quotes
doubled), lines ending in a line feed. An empty cell is never quoted.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import models
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone
from django.utils.translation import gettext as _

from elearning.spreadsheet import FORMULA_STARTS, csv_safe

_INT_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
}
_TEXT_TYPES = {"CharField", "TextField", "SlugField", "EmailField", "URLField"}
_KINDS = {"BooleanField": "bool", "DateTimeField": "datetime", "DateField": "date", "DecimalField": "decimal"}
_MUST_QUOTE = frozenset(',"\r\n')


@dataclass(frozen=True)
class Cell:
    """One column's kind, for a ``label`` column its labels by code, and
    the text of an empty (NULL) cell ("" unless given)."""

    kind: str
    labels: tuple[tuple[str, str], ...] = ()
    empty: str = ""


def field_cell(field: models.Field) -> Cell:
    """The kind of the values of model ``field`` (a foreign key: its target's)."""
    while field.is_relation:
        field = field.target_field
    if field.choices:
        return Cell("label", tuple((str(code), str(label)) for code, label in field.flatchoices))
    internal = field.get_internal_type()
    if internal in _INT_TYPES:
        return Cell("int")
    if internal in _TEXT_TYPES:
        return Cell("text")
    if internal in _KINDS:
        return Cell(_KINDS[internal])
    raise TypeError(f"exports: no CSV cell for a {internal} ({field})")


def query_cells(compiler: SQLCompiler) -> list[Cell]:
    """The kind of each column a values_list() query selects, in order."""
    compiler.setup_query()
    return [field_cell(expression.output_field) for expression, _sql, _alias in compiler.select]


# --- Python ---------------------------------------------------------------------------


def _quoted(text: str) -> str:
    if _MUST_QUOTE.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


def csv_line(cells: Sequence[str | None]) -> str:
    """One line in PostgreSQL's CSV dialect (None and "" are empty cells).
    A lone cell ``\\.`` is quoted, as PostgreSQL does (its end-of-data mark)."""
    if len(cells) == 1 and cells[0] == "\\.":
        return '"\\."\n'
    return ",".join("" if cell is None else _quoted(cell) for cell in cells) + "\n"


def formatters(cells: Sequence[Cell]) -> list[Callable]:
    """One function per column turning its value into the cell's text (or
    None for an empty cell). Translations and the time zone are taken now."""
    yes, no = _("Yes"), _("No")
    zone = timezone.get_current_timezone()

    def text(value):
        return csv_safe(value) if value else None

    def number(value):
        return None if value is None else str(value)

    def boolean(value):
        return None if value is None else (yes if value else no)

    def moment(value: datetime.datetime | None):
        return None if value is None else value.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    def day(value: datetime.date | None):
        return None if value is None else value.isoformat()

    def labelled(cell: Cell):
        labels = {code: csv_safe(label) or None for code, label in cell.labels}
        return lambda value: labels[value] if value in labels else text(value)

    def or_empty(cell: Cell, fmt: Callable):
        empty = csv_safe(cell.empty) or None
        return (lambda value: empty if value is None else fmt(value)) if empty else fmt

    simple = {"int": number, "decimal": number, "text": text, "bool": boolean, "datetime": moment, "date": day}
    return [or_empty(cell, labelled(cell) if cell.kind == "label" else simple[cell.kind]) for cell in cells]


# --- SQL (PostgreSQL) -----------------------------------------------------------------


def _sql_text(column: str) -> tuple[str, list]:
    starts = ", ".join(["%s"] * len(FORMULA_STARTS))
    return (
        f"CASE WHEN {column} = '' THEN NULL WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} "
        f"ELSE {column} END",
        list(FORMULA_STARTS),
    )


def sql_cell(cell: Cell, column: str) -> tuple[str, list]:
    """``column`` (an SQL column reference) as the text of its cell, in
    PostgreSQL; NULL for an empty cell. Labels and words are parameters,
    taken in the active language."""
    if cell.empty:
        sql, params = _sql_kind(cell, column)
        return f"CASE WHEN {column} IS NULL THEN %s ELSE ({sql})::text END", [csv_safe(cell.empty), *params]
    return _sql_kind(cell, column)


def _sql_kind(cell: Cell, column: str) -> tuple[str, list]:
    if cell.kind in ("int", "decimal"):
        return column, []
    if cell.kind == "text":
        return _sql_text(column)
    if cell.kind == "bool":
        return f"CASE WHEN {column} THEN %s WHEN NOT {column} THEN %s END", [_("Yes"), _("No")]
    if cell.kind == "datetime":
        return f"to_char({column} AT TIME ZONE %s, 'YYYY-MM-DD HH24:MI')", [timezone.get_current_timezone_name()]
    if cell.kind == "date":
        return f"to_char({column}, 'YYYY-MM-DD')", []
    if cell.kind == "label":
        # One look-up in a JSON object rather than a CASE with a branch per label: a field with hundreds of
        # choices (the 357 municipalities) would cost hundreds of comparisons on every row.
        otherwise, params = _sql_text(column)
        labels = json.dumps({code: csv_safe(label) or None for code, label in cell.labels})
        key = f"{column}::text"
        return f"CASE WHEN %s::jsonb ? {key} THEN %s::jsonb ->> {key} ELSE {otherwise} END", [labels, labels, *params]
    raise ValueError(cell.kind)


def copy_sql(query_sql: str, query_params: Sequence, cells: Sequence[Cell]) -> tuple[str, list]:
    """A COPY statement that writes the rows of ``query_sql`` (a SELECT of
    ``len(cells)`` columns, in its own order) as CSV lines."""
    names = [f"c{index}" for index in range(len(cells))]
    selects, params = [], []
    for cell, name in zip(cells, names, strict=True):
        sql, cell_params = sql_cell(cell, f"export_rows.{name}")
        selects.append(sql)
        params += cell_params
    # The outer SELECT only formats: PostgreSQL keeps the rows in the inner
    # query's order (a subquery with ORDER BY is scanned as it is sorted).
    # Only SQL that Django compiled and fixed snippets go into the text; every value is a parameter.
    statement = (
        f"COPY (SELECT {', '.join(selects)} FROM ({query_sql}) AS export_rows({', '.join(names)})) "  # noqa: S608
        "TO STDOUT WITH (FORMAT csv)"
    )
    return statement, [*params, *query_params]
