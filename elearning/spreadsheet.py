"""Formula-cell neutralisation for spreadsheet exports (CSV injection).

Wagtail's ``SpreadsheetExportMixin`` keeps XLSX cells that openpyxl would
take for a formula as text, but writes CSV values as they are: a cell
"=HYPERLINK(...)" opened in Excel runs. ``CSV_SAFE_PREPROCESS`` gives CSV the
same protection: merge it into a view's ``custom_value_preprocess``

    custom_value_preprocess = {**SpreadsheetExportMixin.custom_value_preprocess, **CSV_SAFE_PREPROCESS}

and any exporter that writes CSV itself calls ``csv_safe`` on each text cell.
The rule is OWASP's: text that starts with = + - @ tab or carriage return
gets a leading apostrophe, which spreadsheet programs show as text. Numbers
are never changed (a negative number stays a number).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """``value`` unchanged unless it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


CSV_SAFE_PREPROCESS = {str: {"csv": csv_safe}}
