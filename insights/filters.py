"""The filters of the reports (django-filter, as Wagtail's own listings use
it). A value that is not one of the choices, a date that is not a date, or
a period that ends before it starts makes the form invalid; the report then
shows the form's message and no numbers (insights.views.base), never a 500
and never the unfiltered report in its place."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.coreutils import get_supported_content_language_variant

from accounts import municipalities
from accounts.models import Role
from assignments.models import Assignment, AssignmentKind
from cohorts.models import Cohort, CourseDay
from evaluations.models import EvaluationAnswer, FormKind
from modules.models import CoursePage, Enrolment
from theme_sessions.models import SessionFormat, SessionPage


class ReportFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            # Every period (a date range filter cleans to a slice).
            if isinstance(value, slice) and value.start and value.stop and value.start > value.stop:
                self.add_error(
                    name,
                    _("The period ends before it starts. Choose a “from” date on or before the “to” date."),
                )
        return cleaned


def courses(request=None):
    # Progress rows point at the courses in the default locale (modules.services.canonical_page).
    return CoursePage.objects.filter(
        locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    ).order_by("title")


def cohorts(request=None):
    return Cohort.objects.select_related(None).order_by("-starts_on", "title")


class ReportFilterSet(WagtailFilterSet):
    """Wagtail's filter set without its locale filter (the reports count
    people, not translations)."""

    def _add_locale_filter(self):
        return None

    class Meta:
        form = ReportFilterForm
        fields: list[str] = []


def _profile_filters(prefix: str) -> dict:
    return {
        "role": django_filters.ChoiceFilter(
            field_name=f"{prefix}profile__role", choices=Role.choices, label=_("Role"), empty_label=_("All roles")
        ),
        "profession": django_filters.CharFilter(
            field_name=f"{prefix}profile__profession", lookup_expr="icontains", label=_("Profession")
        ),
        "organisation": django_filters.CharFilter(
            field_name=f"{prefix}profile__organisation",
            lookup_expr="icontains",
            label=_("Organisation"),
            help_text=_("Part of the organisation the learners gave in their profile."),
            max_length=200,
        ),
        "municipality": django_filters.ChoiceFilter(
            field_name=f"{prefix}profile__municipality",
            choices=municipalities.options,
            label=_("Municipality"),
            empty_label=_("All municipalities"),
            error_messages={"invalid_choice": _("Choose a municipality from the list.")},
        ),
    }


class EnrolmentFilterSet(ReportFilterSet):
    """For reports on enrolments: course, cohort, period of enrolment, role,
    profession, organisation or municipality."""

    course = django_filters.ModelChoiceFilter(queryset=courses, label=_("Course"), empty_label=_("All courses"))
    cohort = django_filters.ModelChoiceFilter(
        queryset=cohorts, label=_("Cohort"), empty_label=_("All cohorts"), method="filter_cohort"
    )
    period = django_filters.DateFromToRangeFilter(
        field_name="enrolled_at", label=_("Enrolled in the period"), widget=DateRangePickerWidget
    )
    locals().update(_profile_filters("user__"))

    class Meta(ReportFilterSet.Meta):
        model = Enrolment

    def filter_cohort(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(course_id=value.course_id) & Q(user__cohort_participations__cohort=value))


class CourseDayFilterSet(ReportFilterSet):
    course = django_filters.ModelChoiceFilter(
        field_name="cohort__course", queryset=courses, label=_("Course"), empty_label=_("All courses")
    )
    cohort = django_filters.ModelChoiceFilter(queryset=cohorts, label=_("Cohort"), empty_label=_("All cohorts"))
    period = django_filters.DateFromToRangeFilter(
        field_name="starts_at", label=_("Course days in the period"), widget=DateRangePickerWidget
    )

    class Meta(ReportFilterSet.Meta):
        model = CourseDay


class AssignmentFilterSet(ReportFilterSet):
    course = django_filters.ModelChoiceFilter(
        field_name="cohort__course", queryset=courses, label=_("Course"), empty_label=_("All courses")
    )
    cohort = django_filters.ModelChoiceFilter(queryset=cohorts, label=_("Cohort"), empty_label=_("All cohorts"))
    kind = django_filters.ChoiceFilter(choices=AssignmentKind.choices, label=_("Kind"), empty_label=_("All kinds"))
    period = django_filters.DateFromToRangeFilter(
        field_name="due_at", label=_("Due in the period"), widget=DateRangePickerWidget
    )

    class Meta(ReportFilterSet.Meta):
        model = Assignment


class SessionFilterSet(ReportFilterSet):
    period = django_filters.DateFromToRangeFilter(
        field_name="start", label=_("Sessions in the period"), widget=DateRangePickerWidget
    )
    format = django_filters.ChoiceFilter(choices=SessionFormat.choices, label=_("Format"), empty_label=_("All formats"))
    cancelled = django_filters.BooleanFilter(label=_("Cancelled"))

    class Meta(ReportFilterSet.Meta):
        model = SessionPage


class EvaluationFilterSet(ReportFilterSet):
    course = django_filters.ModelChoiceFilter(
        field_name="response__form__course", queryset=courses, label=_("Course"), empty_label=_("All courses")
    )
    cohort = django_filters.ModelChoiceFilter(
        field_name="response__cohort", queryset=cohorts, label=_("Cohort"), empty_label=_("All cohorts")
    )
    kind = django_filters.ChoiceFilter(
        field_name="response__form__kind", choices=FormKind.choices, label=_("When"), empty_label=_("All forms")
    )
    period = django_filters.DateFromToRangeFilter(
        field_name="response__submitted_at", label=_("Answered in the period"), widget=DateRangePickerWidget
    )
    locals().update(_profile_filters("response__user__"))

    class Meta(ReportFilterSet.Meta):
        model = EvaluationAnswer
