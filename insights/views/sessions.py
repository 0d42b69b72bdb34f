"""Report on theme sessions."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.coreutils import get_supported_content_language_variant

from insights import selectors, suppression
from insights.filters import SessionFilterSet
from insights.views.base import Chart, InsightReportView
from theme_sessions.models import SessionPage

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
        DateColumn("start", label=_("Date")),
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
        "title": _("Theme session"),
        "start": _("Date"),
        "registered": _("Registered"),
        "waitlisted": _("Waiting list"),
        "attended": _("Attended"),
        "attended_share": _("Attended (%)"),
        "answers": _("Evaluations"),
        "overall": _("Overall rating (mean)"),
        "usefulness": _("Useful for my work (mean)"),
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
