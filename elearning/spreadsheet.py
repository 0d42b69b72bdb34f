"""Formula-cell neutralisation for spreadsheet exports (CSV injection).

Wagtail's ``SpreadsheetExportMixin`` keeps XLSX cells that openpyxl would
take for a formula as text, but writes CSV values as they are: a cell
"=HYPERLINK(...)" opened in Excel runs. ``protect_wagtail_exports()`` (run
once in ``ElearningConfig.ready``) gives every CSV that mixin writes the same
protection -- ours, future ones and Wagtail's own reports (page titles, user
names) -- whatever the column holds: text, a list, or an object whose name
is a formula (a user), so a report view adds nothing of its own. Any
exporter that writes CSV itself calls ``csv_safe`` on each text cell
(tests/security/test_csv_exports.py finds both kinds).
The rule is OWASP's: text that starts with = + - @ tab or carriage return
gets a leading apostrophe, which spreadsheet programs show as text. Numbers
are never changed (a negative number stays a number).
"""

from decimal import Decimal
from functools import wraps

from django.utils.encoding import force_str
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """``value`` unchanged unless it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value):
    """A CSV cell: numbers and empty cells as they are, anything else as text under the formula rule."""
    if value is None or isinstance(value, int | float | Decimal):
        return value
    return csv_safe(force_str(value))


def protect_wagtail_exports() -> None:
    """Every CSV cell Wagtail's SpreadsheetExportMixin writes goes through
    ``csv_cell`` after the view's own preprocessing. Idempotent."""
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "csv_safe", False):
        return

    @wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return csv_cell(value) if export_format == SpreadsheetExportMixin.FORMAT_CSV else value

    preprocess_field_value.csv_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
