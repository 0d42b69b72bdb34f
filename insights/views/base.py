"""The one base for staff reports: Wagtail's ReportView with its
SpreadsheetExportMixin, so the CSV and XLSX files come from Wagtail.

What this base adds, once for every report:
- the permission (insights.permissions) and a menu item in Reports;
- aggregate rows: ``get_queryset`` gives the filtered rows to count, and
  ``aggregate(queryset)`` turns them into a list of dicts, in a constant
  number of queries;
- small-group suppression (insights.suppression) applied to those dicts
  before the page and the files are made, so both show the same "<5";
- a chart drawn by Chart.js from the same rows, beside the table that is the
  truth (the canvas is hidden from screen readers);
- a clear message for a filter that is not valid (the page answers 422),
  never a 500 and never the unfiltered numbers. The results alone (what
  Wagtail's filter drawer fetches as you filter) answer 200 with the same
  message: its swap controller replaces the results only on a 2xx answer and
  would otherwise leave the previous numbers under the refused filter;
- times in local time (the site's zone), in CSV to the minute as the
  export jobs write them; codes (a role, a kind, a state) as their labels;
- CSV cells that a spreadsheet would read as a formula start with an
  apostrophe (elearning.spreadsheet; Wagtail neutralises them in XLSX only),
  and the CSV starts with a byte order mark so Excel reads it as UTF-8;
- every download is written to the audit log (``record_export``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.forms import Media
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from audit import services as audit_services
from audit.models import AuditAction
from elearning.spreadsheet import csv_safe
from insights import suppression
from insights.permissions import VIEW_REPORTS, permission_policy


def export_value(value):
    if suppression.is_hidden(value):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        # Local time, as the page shows it (Wagtail would write UTC).
        return timezone.localtime(value).replace(tzinfo=None)
    return value


class LocalDateTimeColumn(Column):
    """A date and time in local time, past or future, in the reader's short
    format (elearning/formats), as the admin's own tables show one
    (Wagtail's DateColumn writes "x minutes ago", and "0 minutes ago" for
    every time still to come: wrong for a schedule such as course days)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if isinstance(value, datetime.datetime):
            return date_format(
                timezone.localtime(value) if timezone.is_aware(value) else value, "SHORT_DATETIME_FORMAT"
            )
        if isinstance(value, datetime.date):
            return date_format(value, "SHORT_DATE_FORMAT")
        return value


@dataclass
class Chart:
    """A chart of the report's rows: ``labels`` is the row field on the
    x axis, ``series`` the (field, label) pairs drawn as bars or lines."""

    kind: str  # "bar" or "line"
    labels: str
    series: list[tuple[str, str]]
    title: str = ""
    horizontal: bool = False
    percent: bool = False
    stacked: bool = False
    options: dict = field(default_factory=dict)

    def spec(self, rows: list[dict]) -> dict:
        def number(value):
            if value is None or suppression.is_hidden(value):
                return None  # a gap in the chart
            return float(value)

        return {
            "type": self.kind,
            "horizontal": self.horizontal,
            "percent": self.percent,
            "stacked": self.stacked,
            "labels": [str(row[self.labels]) for row in rows],
            "datasets": [
                {"label": str(label), "data": [number(row.get(key)) for row in rows]} for key, label in self.series
            ],
        }


def chart_media() -> Media:
    """Chart.js, served from node_modules by staticfiles (no CDN), and the
    script that draws every chart on the page from its JSON."""
    return Media(js=["vendor/chartjs/chart.umd.min.js", "insights/charts.js"], css={"all": ["insights/insights.css"]})


class InsightReportView(ReportView):
    """Subclasses set ``page_title``, ``slug``, ``columns``, ``filterset_class``,
    ``get_queryset`` and ``aggregate``; optionally ``chart``, ``group_size``
    and ``suppressed`` (the fields hidden when the row's group is small).
    The spreadsheet has the page's columns under the same headings, unless
    ``list_export`` names other fields; ``export_headings`` then labels
    those the page does not show."""

    template_name = "insights/reports/report.html"
    results_template_name = "insights/reports/report_results.html"
    header_icon = "table"
    permission_policy = permission_policy
    permission_required = VIEW_REPORTS
    paginate_by = 50
    slug = ""
    description = ""
    chart: Chart | None = None
    group_size: str | None = None
    suppressed: list[str] = []
    menu_order = 300
    # Filters whose value names a person: kept out of the audit log's details.
    personal_filters: tuple[str, ...] = ()

    @classmethod
    def can_access(cls, user) -> bool:
        """Who may open the report (and see it in the Reports menu)."""
        return permission_policy.user_has_permission(user, VIEW_REPORTS) and permission_policy.user_has_permission(
            user, cls.permission_required
        )

    def user_has_permission(self, permission):
        return self.can_access(self.request.user)

    @classmethod
    def url_name(cls) -> str:
        return f"insights_{cls.slug.replace('-', '_')}"

    @classmethod
    def urls(cls) -> list:
        return [
            path(f"reports/{cls.slug}/", cls.as_view(), name=cls.url_name()),
            path(f"reports/{cls.slug}/results/", cls.as_view(results_only=True), name=f"{cls.url_name()}_results"),
        ]

    def get_index_url(self):
        return reverse(self.url_name())

    def get_index_results_url(self):
        return reverse(f"{self.url_name()}_results")

    def get_filename(self):
        return f"{self.slug}-{datetime.date.today():%Y-%m-%d}"

    # --- filters -------------------------------------------------------------------

    @cached_property
    def filter_errors(self) -> list[str]:
        filters = self.filters
        if filters is None or filters.is_valid():
            return []
        messages = []
        for name, errors in filters.form.errors.items():
            label = filters.form.fields[name].label if name in filters.form.fields else ""
            for error in errors:
                messages.append(f"{label}: {error}" if label else str(error))
        return messages

    def filtered_queryset(self):
        """The rows to count, with the valid filters applied."""
        return self.filter_queryset(self.get_queryset())

    def get_queryset(self):
        raise NotImplementedError

    def aggregate(self, queryset) -> list[dict]:
        raise NotImplementedError

    def filter_value(self, name):
        filters = self.filters
        if filters is None or not filters.is_valid():
            return None
        return filters.form.cleaned_data.get(name)

    # --- rows ----------------------------------------------------------------------

    def get_filtered_queryset(self):
        if self.filter_errors:
            return []
        rows = self.aggregate(self.filtered_queryset())
        if self.group_size:
            rows = suppression.suppress_rows(rows, size=self.group_size, fields=self.suppressed)
        return rows

    def get(self, request, *args, **kwargs):
        if self.filter_errors:
            self.is_export = False  # a refused filter gives the page with its message, not a file
        response = super().get(request, *args, **kwargs)
        if self.filter_errors:
            if not self.results_only:
                response.status_code = 422
        elif self.is_export:
            self.record_export(request.GET.get("export"))
        return response

    def audit_filters(self) -> dict:
        """The filters as they were asked for, for the audit log: known
        names only, each value cut to what the log accepts."""
        names = tuple(
            name for name in (self.filters.filters if self.filters else ()) if name not in self.personal_filters
        )
        return {
            key: value[: audit_services.MAX_STRING_CHARS]
            for key, value in self.request.GET.items()
            if names and key.startswith(names) and value
        }

    def audit_subject(self):
        """The person a report is about, if it is about one."""
        return None

    def record_export(self, export_format: str) -> None:
        """Every download is written to the audit log, with the filters."""
        audit_services.record(
            actor=self.request.user,
            action=AuditAction.REPORT_EXPORTED,
            subject=self.audit_subject(),
            details={"report": self.slug, "format": export_format, "filters": self.audit_filters()},
        )

    # --- export --------------------------------------------------------------------

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.list_export = self.list_export or [column.name for column in self.columns]

    def to_row_dict(self, item):
        return {name: export_value(item.get(name)) for name in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV and isinstance(value, datetime.datetime):
            return f"{value:%Y-%m-%d %H:%M}"  # as the export jobs write a time (exports.cells)
        value = super().preprocess_field_value(field, value, export_format)
        return csv_safe(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        column = next((column for column in self.columns if column.name == field), None)
        return str(self.export_headings.get(field) or (column.label if column else field))

    def stream_csv(self, queryset):
        yield "\ufeff".encode()  # Excel reads UTF-8 only with a byte order mark.
        yield from super().stream_csv(queryset)

    # --- page ----------------------------------------------------------------------

    @cached_property
    def media(self):
        return chart_media()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.is_export:
            return context  # the file needs the rows alone, read once as it is written
        rows = list(context["object_list"])
        context["media"] = context["media"] + self.media
        context["filter_errors"] = self.filter_errors
        context["description"] = self.description
        context["chart_spec"] = self.chart.spec(rows) if self.chart and rows else None
        context["chart_title"] = self.chart.title if self.chart else ""
        context["chart_id"] = f"chart-{self.slug}"
        context["suppression_note"] = self.suppression_explanation() if self.group_size else ""
        context["any_suppressed"] = bool(self.group_size) and any(row.get("suppressed") for row in rows)
        return context

    def suppression_explanation(self) -> str:
        return suppression.explanation()

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.page_title}
