"""The quiz statistics on the report base: the overview of every quiz and
the item analysis of one quiz, with CSV and XLSX from Wagtail. The numbers
come from quizzes.reports (database aggregates over the result rows stored
at submission); its module docstring documents the method. The per-quiz page
with the score distribution and the attempts download stays in
quizzes.admin_views and links here.

Who may see them: staff with ``quizzes.view_attempt``, as before."""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from insights.filters import ReportFilterSet
from insights.selectors.common import percent
from insights.views.base import Chart, InsightReportView
from quizzes import reports
from quizzes.models import Quiz, QuizKind

VIEW_ATTEMPTS = "quizzes.view_attempt"


class QuizStatisticsMixin:
    @classmethod
    def can_access(cls, user) -> bool:
        return user.has_perm(VIEW_ATTEMPTS)


class QuizOverviewFilterSet(ReportFilterSet):
    kind = django_filters.ChoiceFilter(choices=QuizKind.choices, label=_("Kind"), empty_label=_("All kinds"))

    class Meta(ReportFilterSet.Meta):
        model = Quiz


class QuizOverviewReportView(QuizStatisticsMixin, InsightReportView):
    page_title = _("Quiz statistics")
    description = _(
        "Submitted attempts, pass rate, score distribution and item analysis for each quiz. Learners are never "
        "named here."
    )
    slug = "quizzes"
    menu_order = 370
    filterset_class = QuizOverviewFilterSet
    group_size = "learners"
    suppressed = ["attempts", "learners", "passed", "rate"]
    columns = [
        TitleColumn("title", label=_("Quiz"), get_url=lambda row: reverse("quizzes_admin:report", args=[row["pk"]])),
        Column("kind_label", label=_("Kind")),
        Column("attempts", label=_("Submitted attempts")),
        Column("learners", label=_("Learners")),
        Column("passed", label=_("Passed")),
        Column("rate", label=_("Pass rate (%)")),
    ]
    chart = Chart(kind="bar", labels="title", series=[("rate", _("Pass rate (%)"))], title=_("Pass rate per quiz"))

    def get_queryset(self):
        return Quiz.objects.all()

    def aggregate(self, queryset):
        overview = reports.quiz_overview().filter(pk__in=queryset.values("pk"))
        return [
            {
                "pk": quiz.pk,
                "title": quiz.title,
                "kind_label": quiz.get_kind_display(),
                "attempts": quiz.submitted_count,
                "learners": quiz.learner_count,
                "passed": quiz.passed_count,
                "rate": percent(quiz.passed_count, quiz.submitted_count),
            }
            for quiz in overview
        ]


class QuizItemsFilterSet(ReportFilterSet):
    quiz = django_filters.ModelChoiceFilter(
        queryset=Quiz.objects.order_by("title"), label=_("Quiz"), empty_label=_("Choose a quiz"), method="keep"
    )

    class Meta(ReportFilterSet.Meta):
        model = Quiz

    def keep(self, queryset, name, value):
        return queryset


class QuizItemsReportView(QuizStatisticsMixin, InsightReportView):
    page_title = _("Quiz item analysis")
    description = _(
        "Per question: submitted attempts that drew it, answers, facility index (the mean share of the mark "
        "obtained, 1 = everyone right), facility in the upper and lower 27 %, discrimination index and the most "
        "chosen wrong option."
    )
    slug = "quiz-items"
    menu_order = 380
    filterset_class = QuizItemsFilterSet
    paginate_by = None
    group_size = "drawn"
    suppressed = ["drawn", "answered", "facility", "upper", "lower", "discrimination", "wrong_count", "scale"]
    columns = [
        Column("position", label=_("Question")),
        Column("text", label=_("Text")),
        Column("type_label", label=_("Type")),
        Column("drawn", label=_("Attempts")),
        Column("answered", label=_("Answers")),
        Column("facility", label=_("Facility index")),
        Column("discrimination", label=_("Discrimination index")),
        Column("wrong_option", label=_("Most chosen wrong option")),
    ]
    list_export = [
        "position",
        "question_id",
        "type_label",
        "text",
        "current",
        "drawn",
        "answered",
        "facility",
        "upper",
        "lower",
        "discrimination",
        "wrong_option",
        "wrong_count",
        "scale",
    ]
    export_headings = {
        "question_id": _("Question id"),
        "current": _("Still in the quiz"),
        "upper": _("Facility, upper group"),
        "lower": _("Facility, lower group"),
        "wrong_count": _("Chosen by"),
        "scale": _("Answers per point of the scale"),
    }
    chart = Chart(
        kind="bar",
        labels="label",
        series=[("facility", _("Facility index"))],
        title=_("Facility index per question"),
        horizontal=True,
    )

    @property
    def quiz(self):
        return self.filter_value("quiz")

    def get_queryset(self):
        return Quiz.objects.all()

    def get_filename(self):
        return f"{self.quiz.slug}-items" if self.quiz else super().get_filename()

    def aggregate(self, queryset):
        if self.quiz is None:
            return []
        rows = []
        for item in reports.quiz_items(quiz_id=self.quiz.pk):
            wrong = item.wrong_option
            rows.append(
                {
                    "position": item.position,
                    "label": _("Question %(number)s") % {"number": item.position},
                    "question_id": item.question_id,
                    "type_label": str(item.type_label),
                    "text": item.text,
                    "current": _("Yes") if item.current else _("No"),
                    "drawn": item.drawn,
                    "answered": item.answered,
                    "facility": item.facility_value,
                    "upper": reports.as_decimal(item.upper_facility),
                    "lower": reports.as_decimal(item.lower_facility),
                    "discrimination": item.discrimination_value,
                    "wrong_option": wrong.text if wrong else "",
                    "wrong_count": wrong.count if wrong else None,
                    "scale": " | ".join(f"{point.text}: {point.count}" for point in item.scale),
                }
            )
        return rows

    @property
    def no_results_message(self):
        if self.filter_errors:
            return _("Nothing to show for these filters.")
        if self.quiz is None:
            return _("Choose a quiz under Filter to see its item analysis.")
        return _("No one has submitted an attempt at this quiz yet.")
