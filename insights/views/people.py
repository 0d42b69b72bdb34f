"""A report about one person: their enrolments and progress. Only for staff
with "Can view reports about one person" as well as "Can view statistics";
every view and every download is written to the audit log with the person
as its subject."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn

from audit import services as audit_services
from audit.models import AuditAction
from insights.filters import ReportFilterSet
from insights.permissions import VIEW_PERSON_REPORTS, can_view_person_reports
from insights.views.base import InsightReportView
from modules.models import Enrolment, LessonCompletion


class PersonFilterSet(ReportFilterSet):
    person = django_filters.CharFilter(
        field_name="user__email", lookup_expr="iexact", label=_("E-mail address"), max_length=254
    )

    class Meta(ReportFilterSet.Meta):
        model = Enrolment


class PersonReportView(InsightReportView):
    page_title = _("One learner's progress")
    description = _("Enrolments, lessons completed and completion for the person with this e-mail address.")
    slug = "person"
    menu_order = 390
    filterset_class = PersonFilterSet
    permission_required = VIEW_PERSON_REPORTS
    paginate_by = None
    personal_filters = ("person",)
    columns = [
        Column("course_title", label=_("Course")),
        DateColumn("enrolled_at", label=_("Enrolled")),
        Column("lessons", label=_("Lessons completed")),
        DateColumn("last_visited_at", label=_("Last visit")),
        DateColumn("completed_at", label=_("Completed")),
    ]

    @cached_property
    def person(self):
        email = self.filter_value("person")
        if not email:
            return None
        return get_user_model().objects.filter(email__iexact=email).first()

    @classmethod
    def can_access(cls, user) -> bool:
        return can_view_person_reports(user)

    def audit_subject(self):
        return self.person

    def get_queryset(self):
        return Enrolment.objects.all()

    def aggregate(self, queryset):
        if self.person is None:
            return []
        lessons = (
            LessonCompletion.objects.filter(user=OuterRef("user"), course=OuterRef("course"))
            .order_by()
            .values("user")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return list(
            queryset.filter(user=self.person)
            .annotate(lessons=Coalesce(Subquery(lessons, output_field=IntegerField()), 0))
            .order_by("-enrolled_at")
            .values("enrolled_at", "completed_at", "last_visited_at", "lessons", course_title=F("course__title"))
        )

    @property
    def no_results_message(self):
        if self.filter_errors:
            return _("Nothing to show for these filters.")
        if not self.filter_value("person"):
            return _("Give the person's e-mail address under Filter.")
        if self.person is None:
            return _("No account has this e-mail address.")
        return _("This person is not enrolled in any course.")

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.person is not None and not self.filter_errors:
            audit_services.record(
                actor=request.user,
                action=AuditAction.REPORT_VIEWED_PERSON,
                subject=self.person,
                details={"report": self.slug, "format": request.GET.get("export") or "page"},
            )
        return response
