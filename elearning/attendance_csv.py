"""Importing a meeting tool's attendance export (Teams, Zoom, Whereby …): a
CSV file with a header row and a column with the participant's e-mail.

``attendance_import`` is the one import: it parses the file, matches each
e-mail to someone the app knows, reports every row, and hands the matches to
the app's own ``mark`` only when no row is wrong (all or nothing). Theme
sessions and cohort course days both call it from their attendance service,
which locks its row and decides what "attended" means; nothing here touches
the database."""

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from elearning.text import normalise_email

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
EMAIL_HEADERS = {
    "email",
    "e-mail",
    "e-post",
    "epost",
    "email address",
    "e-mail address",
    "e-postadresse",
    "user email",
    "participant email",
    "attendee email",
    "upn",
}


@dataclass
class ParsedAttendance:
    rows: list[tuple[int, str]] = field(default_factory=list)  # (row number in the file, e-mail)
    errors: list[str] = field(default_factory=list)


def _decode(data: bytes) -> str | None:
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def parse_attendance_csv(data: bytes) -> ParsedAttendance:
    result = ParsedAttendance()
    if not data.strip():
        result.errors.append(_("The file is empty."))
        return result
    if len(data) > MAX_BYTES:
        result.errors.append(_("The file is too large (at most 2 MB)."))
        return result
    text = _decode(data)
    if text is None:
        result.errors.append(_("The file is not a text file in UTF-8 or UTF-16. Export it as CSV and try again."))
        return result
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        result.errors.append(_("The file has no header row."))
        return result
    names = [h.strip().lower() for h in header]
    column = next((i for i, name in enumerate(names) if name in EMAIL_HEADERS), None)
    if column is None:
        result.errors.append(_("Row 1: no column with e-mail addresses. Name the column “Email” (or “E-post”)."))
        return result
    seen: set[str] = set()
    try:
        for row_number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if row_number - 1 > MAX_ROWS:
                result.errors.append(_("The file has more than %(max)s rows.") % {"max": MAX_ROWS})
                break
            if len(row) <= column:
                result.errors.append(_("Row %(row)s: the e-mail column is missing.") % {"row": row_number})
                continue
            email = normalise_email(row[column])
            try:
                validate_email(email)
            except ValidationError:
                result.errors.append(
                    _("Row %(row)s: “%(value)s” is not a valid e-mail address.") % {"row": row_number, "value": email}
                )
                continue
            if email in seen:  # Meeting tools list a person once per join.
                continue
            seen.add(email)
            result.rows.append((row_number, email))
    except csv.Error as exc:
        result.errors.append(_("The file could not be read as CSV: %(error)s") % {"error": exc})
    if not result.rows and not result.errors:
        result.errors.append(_("The file has no participants."))
    return result


T = TypeVar("T")


@dataclass
class AttendanceImport:
    """The report of one import, shown to whoever uploaded the file."""

    rows: list[tuple[int, str, str]] = field(default_factory=list)  # (row number, e-mail, message)
    errors: list[str] = field(default_factory=list)
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def attendance_import(
    data: bytes, *, known: Mapping[str, T], unknown_message: str, mark: Callable[[list[T]], int]
) -> AttendanceImport:
    """Parse ``data`` and look each e-mail up in ``known`` (e-mail → what the
    app marks; both sides are compared as normalise_email gives them). ``unknown_message`` is the translated message for an
    e-mail nobody in ``known`` has, with ``%(row)s`` and ``%(email)s``. If every
    row matched, ``mark(matched)`` (in file order) saves them and returns how
    many changed; otherwise nothing is marked and the report says which rows
    are wrong and why."""
    known = {normalise_email(email): value for email, value in known.items()}
    report = AttendanceImport()
    parsed = parse_attendance_csv(data)
    report.errors.extend(parsed.errors)
    matched: list[T] = []
    for row_number, email in parsed.rows:
        if email not in known:
            message = unknown_message % {"row": row_number, "email": email}
            report.errors.append(message)
            report.rows.append((row_number, email, message))
            continue
        matched.append(known[email])
        report.rows.append((row_number, email, _("OK")))
    if not report.errors:
        report.imported = mark(matched)
    return report
