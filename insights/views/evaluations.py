"""Reports on course evaluations: scores per statement, and the free-text
answers."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn

from evaluations.models import EvaluationAnswer
from insights import selectors
from insights.filters import EvaluationFilterSet
from insights.views.base import Chart, InsightReportView


class EvaluationScoresReportView(InsightReportView):
    page_title = _("Evaluations: scores")
    description = _(
        "The statements of the course evaluations after each course day, at the end of the course and in the "
        "follow-up about three months later: answers, mean from 1 to 5 and the share who agree (4 or 5)."
    )
    slug = "evaluation-scores"
    menu_order = 350
    filterset_class = EvaluationFilterSet
    group_size = "answers"
    suppressed = ["answers", "mean", "agree_share"]
    columns = [
        Column("when", label=_("When")),
        Column("label", label=_("Statement")),
        Column("answers", label=_("Answers")),
        Column("mean", label=_("Mean (1–5)")),
        Column("agree_share", label=_("Agree (%)")),
    ]
    chart = Chart(
        kind="bar",
        labels="label",
        series=[("agree_share", _("Agree (%)"))],
        title=_("Share who agree per statement"),
        horizontal=True,
        percent=True,
    )

    def get_queryset(self):
        return EvaluationAnswer.objects.all()

    def aggregate(self, queryset):
        return selectors.evaluation_scores(queryset)


class EvaluationCommentsReportView(InsightReportView):
    page_title = _("Evaluations: free-text answers")
    description = _(
        "What participants wrote in the course evaluations, newest first. The answers of a form and course day "
        "that fewer people than the minimum group size answered are hidden."
    )
    slug = "evaluation-comments"
    menu_order = 360
    filterset_class = EvaluationFilterSet
    columns = [
        Column("when", label=_("When")),
        Column("question_text", label=_("Question")),
        Column("text", label=_("Answer")),
        DateColumn("submitted_at", label=_("Submitted")),
    ]

    def get_queryset(self):
        return EvaluationAnswer.objects.all()

    def aggregate(self, queryset):
        return selectors.evaluation_comments(queryset)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["suppression_note"] = self.suppression_explanation()
        return context
