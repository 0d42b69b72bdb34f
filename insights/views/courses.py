"""Reports on courses: the funnel and completion by role, profession,
organisation or municipality."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from insights import selectors, suppression
from insights.filters import EnrolmentFilterSet
from insights.views.base import Chart, InsightReportView
from modules.models import Enrolment

GROUP_BY_CHOICES = [
    ("role", _("Role")),
    ("profession", _("Profession")),
    ("organisation", _("Organisation")),
    ("municipality", _("Municipality")),
]


class CompletionFilterSet(EnrolmentFilterSet):
    by = django_filters.ChoiceFilter(
        choices=GROUP_BY_CHOICES, label=_("Group by"), empty_label=None, method="keep", null_label=None
    )

    def keep(self, queryset, name, value):
        return queryset


class CompletionReportView(InsightReportView):
    page_title = _("Completion by role and profession")
    description = _("Learners, started and completed enrolments per role, profession, organisation or municipality.")
    slug = "completion"
    menu_order = 310
    filterset_class = CompletionFilterSet
    paginate_by = None
    group_size = "learners"
    suppressed = ["learners", "enrolments", "started", "completed", "rate"]
    columns = [
        Column("label", label=_("Group")),
        Column("learners", label=_("Learners")),
        Column("enrolments", label=_("Enrolments")),
        Column("started", label=_("Started")),
        Column("completed", label=_("Completed")),
        Column("rate", label=_("Completion rate (%)")),
    ]
    chart = Chart(
        kind="bar",
        labels="label",
        series=[("enrolments", _("Enrolments")), ("completed", _("Completed"))],
        title=_("Enrolments and completions per group"),
    )

    def get_queryset(self):
        return Enrolment.objects.all()

    def aggregate(self, queryset):
        return selectors.completion_by_group(queryset, by=self.filter_value("by") or "role")


class FunnelReportView(InsightReportView):
    page_title = _("Course funnel")
    description = _(
        "How many enrolled learners started, completed each module (every lesson in it) and completed the course."
    )
    slug = "funnel"
    menu_order = 300
    filterset_class = EnrolmentFilterSet
    paginate_by = None
    group_size = "population"
    suppressed = ["learners", "share"]
    columns = [
        Column("step", label=_("Step")),
        Column("learners", label=_("Learners")),
        Column("share", label=_("Share of enrolled (%)")),
    ]
    chart = Chart(
        kind="bar",
        labels="step",
        series=[("learners", _("Learners"))],
        title=_("Learners at each step"),
        horizontal=True,
    )

    def get_queryset(self):
        return Enrolment.objects.all()

    @property
    def course(self):
        return self.filter_value("course")

    def aggregate(self, queryset):
        self.funnel = None
        if self.course is None:
            return []
        self.funnel = selectors.course_funnel(queryset, course=self.course)
        return self.funnel["rows"]

    @property
    def no_results_message(self):
        if self.course is None and not self.filter_errors:
            return _("Choose a course under Filter to see its funnel.")
        return _("Nothing to show for these filters.")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        funnel = getattr(self, "funnel", None)
        if funnel:
            # The median of a few people's times is one of those people's time.
            median = suppression.HIDDEN if suppression.is_small(funnel["completed"]) else funnel["median_days"]
            context["summary"] = [(_("Median time from enrolment to completion (days)"), median)]
        return context
