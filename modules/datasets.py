"""The modules' datasets for exports (exports.registry): every lesson
completion in a course. Learners are named by their id, never by name or
e-mail; the role, profession, organisation and municipality they gave come
along for statistics, the role, the municipality (its name) and how the lesson
was completed as their labels."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exports import registry
from exports.filters import PeriodForm, period_q
from modules.models import CoursePage, LessonCompletion


class LessonProgressFilters(PeriodForm):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.order_by("title"),
        error_messages={"invalid_choice": _("Choose a course from the list.")},
    )
    field_order = ["course", "from_date", "to_date"]


def lesson_progress(filters: dict):
    return LessonCompletion.objects.filter(course_id=filters["course"], **period_q(filters, "completed_at"))


registry.register(
    "lesson_progress",
    title=_("Lesson progress in a course"),
    permission="modules.view_lessoncompletion",
    columns=[
        (_("Learner id"), "user_id"),
        (_("Role"), "user__profile__role"),
        (_("Profession"), "user__profile__profession"),
        (_("Lesson id"), "lesson_id"),
        (_("Lesson"), "lesson__title"),
        (_("Completed"), "completed_at"),
        (_("How"), "source"),
        (_("Organisation"), "user__profile__organisation"),
        (_("Municipality"), "user__profile__municipality"),
    ],
    queryset=lesson_progress,
    form=LessonProgressFilters,
)
