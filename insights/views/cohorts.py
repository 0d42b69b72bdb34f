"""Reports on cohorts: attendance per course day, and the assignments."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from assignments.models import Assignment
from cohorts.models import CourseDay
from insights import selectors
from insights.filters import AssignmentFilterSet, CourseDayFilterSet
from insights.views.base import Chart, InsightReportView, LocalDateTimeColumn


class AttendanceReportView(InsightReportView):
    page_title = _("Cohorts: attendance per course day")
    description = _(
        "Confirmed participants of the cohort and how many were marked present on each course day. A day whose "
        "attendance is not marked yet is left blank."
    )
    slug = "cohort-attendance"
    menu_order = 320
    filterset_class = CourseDayFilterSet
    group_size = "participants"
    suppressed = ["participants", "present", "share"]
    columns = [
        Column("label", label=_("Course day")),
        LocalDateTimeColumn("starts_at", label=_("Date")),
        Column("participants", label=_("Participants")),
        Column("present", label=_("Present")),
        Column("share", label=_("Present (%)")),
    ]
    list_export = ["cohort_title", "number", "title", "starts_at", "participants", "present", "share"]
    export_headings = {
        "cohort_title": _("Cohort"),
        "number": _("Day"),
        "title": _("Title"),
    }
    chart = Chart(
        kind="bar",
        labels="label",
        series=[("share", _("Present (%)"))],
        title=_("Attendance per course day"),
        percent=True,
    )

    def get_queryset(self):
        return CourseDay.objects.all()

    def aggregate(self, queryset):
        return selectors.attendance_by_day(queryset)


class AssignmentReportView(InsightReportView):
    page_title = _("Cohorts: assignments and final plans")
    description = _(
        "Participants who handed in each assignment, are waiting for a leader, are approved and were late (a team's "
        "final plan counts for each member), and the mean days from hand-in to the leaders' decision. The final plan "
        "is one of the assignments."
    )
    slug = "cohort-assignments"
    menu_order = 330
    filterset_class = AssignmentFilterSet
    group_size = "participants"
    suppressed = ["participants", "submitted", "waiting", "approved", "approved_share", "late", "turnaround_days"]
    columns = [
        Column("label", label=_("Assignment")),
        Column("kind_label", label=_("Kind")),
        Column("participants", label=_("Participants")),
        Column("submitted", label=_("Handed in")),
        Column("waiting", label=_("Waiting for a leader")),
        Column("approved", label=_("Approved")),
        Column("late", label=_("Late")),
        Column("turnaround_days", label=_("Days to a decision (mean)")),
    ]
    list_export = [
        "cohort_title",
        "title",
        "kind_label",
        "due_at",
        "participants",
        "submitted",
        "waiting",
        "approved",
        "approved_share",
        "late",
        "turnaround_days",
    ]
    export_headings = {
        "cohort_title": _("Cohort"),
        "title": _("Assignment"),
        "due_at": _("Due"),
        "approved_share": _("Approved (%)"),
    }
    chart = Chart(
        kind="bar",
        labels="label",
        series=[("submitted", _("Handed in")), ("approved", _("Approved")), ("waiting", _("Waiting for a leader"))],
        title=_("Submissions per assignment"),
    )

    def get_queryset(self):
        return Assignment.objects.all()

    def aggregate(self, queryset):
        return selectors.assignment_summary(queryset)
