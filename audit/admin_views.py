"""The audit log in the Wagtail admin (Reports → Audit log): read-only,
filtered by who, what, about whom and when, and downloadable as CSV/XLSX
(Wagtail's SpreadsheetExportMixin; the download is itself logged).

Who may see it: superusers and staff given "Can view audit event" in
Settings → Groups. Nobody can change a row here: the view only lists."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.forms import CheckboxSelectMultiple
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, MultipleUserFilter
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy

from audit import services
from audit.models import AuditAction, AuditEvent
from insights.filters import ReportFilterSet
from insights.views.base import InsightReportView, LocalDateTimeColumn, export_value

permission_policy = ModelPermissionPolicy(AuditEvent)


class AuditEventFilterSet(ReportFilterSet):
    action = django_filters.MultipleChoiceFilter(
        label=_("Action"), choices=AuditAction.choices, widget=CheckboxSelectMultiple
    )
    actor = MultipleUserFilter(label=_("Who"), widget=CheckboxSelectMultiple, queryset=get_user_model().objects.none())
    subject = django_filters.CharFilter(
        label=_("About the person (e-mail address)"), field_name="subject_user__email", lookup_expr="iexact"
    )
    at = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)

    class Meta(ReportFilterSet.Meta):
        model = AuditEvent

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only people who did something logged, so the list stays short.
        self.filters["actor"].queryset = (
            get_user_model().objects.filter(pk__in=AuditEvent.objects.values("actor")).order_by("email")
        )


class AuditLogView(InsightReportView):
    """On the reports' base (insights.views.base): the same refusal of a
    filter that is not valid (422, the message, no rows), the same CSV (byte
    order mark, local times to the minute) and a dated file name."""

    page_title = _("Audit log")
    description = ""
    header_icon = "history"
    slug = "audit-log"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = AuditEventFilterSet
    list_export = ["at", "actor", "action_label", "subject_user", "object_type", "object_id", "details_text"]
    export_headings = {
        "at": _("When"),
        "actor": _("Who"),
        "action_label": _("Action"),
        "subject_user": _("About the person"),
        "object_type": _("Object type"),
        "object_id": _("Object id"),
        "details_text": _("Details"),
    }
    columns = [
        LocalDateTimeColumn("at", label=_("When")),
        Column("actor", label=_("Who")),
        Column("action_label", label=_("Action")),
        Column("subject_user", label=_("About the person")),
        Column("object_type", label=_("Object type")),
        Column("object_id", label=_("Object id")),
        Column("details_text", label=_("Details")),
    ]

    @classmethod
    def can_access(cls, user) -> bool:
        return permission_policy.user_has_permission(user, "view")

    @classmethod
    def url_name(cls) -> str:
        return "audit_log"

    def get_queryset(self):
        return AuditEvent.objects.select_related("actor", "subject_user", "object_type").order_by("-at", "-pk")

    def aggregate(self, queryset):
        return queryset

    def to_row_dict(self, item):
        return {name: export_value(_text_or_time(getattr(item, name))) for name in self.list_export}

    def record_export(self, export_format: str) -> None:
        services.record(
            actor=self.request.user,
            action=AuditAction.AUDIT_LOG_EXPORTED,
            details={"format": export_format, "filters": _filters(self.request.GET)},
        )


def _text_or_time(value):
    """Names (a person, a type) as text; times and numbers as they are."""
    if value is None or isinstance(value, (str, int, datetime.datetime)):
        return value
    return str(value)


def _filters(query) -> dict:
    """The filters of a request, as audit details (short values only)."""
    return {
        key: values if len(values) > 1 else values[0]
        for key in sorted(query)
        if key not in ("export", "p") and (values := [v[:100] for v in query.getlist(key)[:20] if v])
    }


class AuditLogMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


# --- Wagtail hooks (registered in audit/wagtail_hooks.py) ------------------------


def admin_urls():
    return [
        path("reports/audit-log/", AuditLogView.as_view(), name="audit_log"),
        path("reports/audit-log/results/", AuditLogView.as_view(results_only=True), name="audit_log_results"),
    ]


def menu_item():
    return AuditLogMenuItem(_("Audit log"), reverse("audit_log"), icon_name="history", order=1010)


def permissions():
    return Permission.objects.filter(content_type__app_label="audit", codename="view_auditevent")
