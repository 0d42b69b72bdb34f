"""The modules' datasets for exports (exports.registry): every lesson
completion in a course. Learners are named by their id, never by name or
e-mail; the role and the profession they gave come along for statistics."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exports import registry
from exports.filters import PeriodForm, period_q
from modules.models import CoursePage, LessonCompletion

CHUNK = 5000


class LessonProgressFilters(PeriodForm):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.order_by("title"),
        error_messages={"invalid_choice": _("Choose a course from the list.")},
    )
    field_order = ["course", "from_date", "to_date"]


def _completions(filters: dict):
    return LessonCompletion.objects.filter(course_id=filters["course"], **period_q(filters, "completed_at"))


def lesson_progress_rows(filters: dict):
    return (
        _completions(filters)
        .order_by("pk")
        .values_list(
            "user_id",
            "user__profile__role",
            "user__profile__profession",
            "lesson_id",
            "lesson__title",
            "completed_at",
            "source",
        )  # fmt: skip
        .iterator(chunk_size=CHUNK)
    )


def lesson_progress_count(filters: dict) -> int:
    return _completions(filters).count()


registry.register(
    "lesson_progress",
    title=_("Lesson progress in a course"),
    permission="modules.view_lessoncompletion",
    columns=[_("Learner id"), _("Role"), _("Profession"), _("Lesson id"), _("Lesson"), _("Completed"), _("How")],
    rows=lesson_progress_rows,
    count=lesson_progress_count,
    form=LessonProgressFilters,
)
