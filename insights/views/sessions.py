"""Report on theme sessions."""

import django_filters
from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.coreutils import get_supported_content_language_variant

from insights import selectors, suppression
from insights.filters import ReportFilterSet, SessionFilterSet
from insights.views.base import Chart, InsightReportView, LocalDateTimeColumn
from theme_sessions.admin_views import editable_sessions
from theme_sessions.models import EvaluationResponse, SessionPage

SCORES = ["overall", "usefulness"]


class SessionReportView(InsightReportView):
    page_title = _("Theme sessions")
    description = _(
        "Registered, on the waiting list and attended per session, and the mean evaluation scores (1–5). "
        "The scores are hidden for a session with fewer answers than the minimum group size."
    )
    slug = "theme-sessions"
    menu_order = 340
    filterset_class = SessionFilterSet
    group_size = "registered"
    suppressed = ["registered", "waitlisted", "attended", "attended_share", "answers", *SCORES]
    columns = [
        Column("title", label=_("Theme session")),
        LocalDateTimeColumn("start", label=_("Date")),
        Column("registered", label=_("Registered")),
        Column("waitlisted", label=_("Waiting list")),
        Column("attended", label=_("Attended")),
        Column("answers", label=_("Evaluations")),
        Column("overall", label=_("Overall rating (mean)")),
        Column("usefulness", label=_("Useful for my work (mean)")),
    ]
    list_export = [
        "title",
        "start",
        "registered",
        "waitlisted",
        "attended",
        "attended_share",
        "answers",
        "overall",
        "usefulness",
    ]
    export_headings = {
        "attended_share": _("Attended (%)"),
    }
    chart = Chart(
        kind="bar",
        labels="title",
        series=[("registered", _("Registered")), ("attended", _("Attended")), ("waitlisted", _("Waiting list"))],
        title=_("Registrations and attendance per session"),
    )

    def get_queryset(self):
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return SessionPage.objects.live().filter(locale__language_code=language)

    def aggregate(self, queryset):
        rows = selectors.session_summary(queryset)
        # A mean of a few people's scores says what each of them gave.
        return suppression.suppress_rows(rows, size="answers", fields=SCORES)


class SessionEvaluationFilterSet(ReportFilterSet):
    session = django_filters.ModelChoiceFilter(
        queryset=lambda request: editable_sessions(request.user).order_by("-start"),
        label=_("Theme session"),
        empty_label=_("All sessions"),
    )
    period = django_filters.DateFromToRangeFilter(
        field_name="session__start", label=_("Sessions in the period"), widget=DateRangePickerWidget
    )

    class Meta(ReportFilterSet.Meta):
        model = EvaluationResponse


class SessionEvaluationsReportView(InsightReportView):
    """The answers to the theme sessions' evaluation form, one row each, for
    whoever may edit the sessions (as the session's own evaluation page):
    the download that used to be written by hand in theme_sessions.admin_views."""

    page_title = _("Theme sessions: evaluation answers")
    description = _("Every answer to the evaluation form of the sessions you may edit, newest first.")
    slug = "theme-session-evaluations"
    menu_order = 345
    filterset_class = SessionEvaluationFilterSet
    columns = [
        Column("session_title", label=_("Theme session")),
        DateColumn("created_at", label=_("Submitted")),
        Column("overall", label=_("Overall rating")),
        Column("usefulness", label=_("Useful for my work")),
        Column("best", label=_("What worked well")),
        Column("improve", label=_("What could be better")),
    ]

    @classmethod
    def can_access(cls, user) -> bool:
        return editable_sessions(user).exists()

    def get_queryset(self):
        return EvaluationResponse.objects.filter(session__in=editable_sessions(self.request.user))

    def aggregate(self, queryset):
        return list(
            queryset.order_by("-created_at", "-pk").values(
                "created_at", "overall", "usefulness", "best", "improve", session_title=F("session__title")
            )
        )
