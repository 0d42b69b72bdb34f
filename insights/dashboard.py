"""Panels on the Wagtail admin's dashboard (construct_homepage_panels), for
staff who may see statistics. Each panel reads one selector."""

from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from insights import selectors, suppression
from insights.permissions import can_view_reports
from insights.views.base import Chart, chart_media


class InsightPanel(Component):
    name = ""
    heading = ""
    order = 150

    def get_context_data(self, parent_context):
        return {"panel": self, "heading": self.heading, **self.data()}

    def data(self) -> dict:
        return {}


class ActivityPanel(InsightPanel):
    name = "insights_activity"
    heading = _("Enrolments and active learners")
    template_name = "insights/panels/activity.html"
    order = 110
    chart = Chart(
        kind="line",
        labels="label",
        series=[("enrolments", _("New enrolments")), ("active", _("Active learners"))],
    )

    @property
    def media(self):
        return chart_media()

    def data(self):
        rows = selectors.active_learners_by_month()
        for row in rows:
            row["label"] = formats.date_format(row["month"], "YEAR_MONTH_FORMAT")
        return {"rows": rows, "chart_spec": self.chart.spec(rows), "chart_id": "chart-activity"}


class CompletionsPanel(InsightPanel):
    name = "insights_completions"
    heading = _("Completions this month")
    template_name = "insights/panels/completions.html"
    order = 111

    def data(self):
        return {"completions": selectors.completions_this_month()}


class CohortsPanel(InsightPanel):
    name = "insights_cohorts"
    heading = _("Cohorts under way")
    template_name = "insights/panels/cohorts.html"
    order = 112

    def data(self):
        return {"cohorts": selectors.cohorts_under_way()}


class SessionsPanel(InsightPanel):
    name = "insights_sessions"
    heading = _("Upcoming theme sessions")
    template_name = "insights/panels/sessions.html"
    order = 113

    def data(self):
        # The same rule as the theme-session report: a session with fewer
        # registrations than the minimum group size shows no counts.
        sessions = suppression.suppress_rows(
            selectors.upcoming_sessions(), size="registered", fields=["registered", "waitlisted"]
        )
        any_suppressed = any(session.get("suppressed") for session in sessions)
        return {"sessions": sessions, "suppression_note": suppression.explanation() if any_suppressed else ""}


class PassRatesPanel(InsightPanel):
    name = "insights_pass_rates"
    heading = _("Lowest pass rates")
    template_name = "insights/panels/pass_rates.html"
    order = 114

    def data(self):
        return {
            "quizzes": selectors.lowest_pass_rates(),
            "questions": selectors.lowest_question_pass_rates(),
            "min_size": suppression.min_group_size(),
        }


PANELS = [ActivityPanel, CompletionsPanel, CohortsPanel, SessionsPanel, PassRatesPanel]


def add_panels(request, panels):
    if can_view_reports(request.user):
        panels.extend(panel() for panel in PANELS)
