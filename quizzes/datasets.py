"""The quizzes' datasets for exports (exports.registry): every submitted
attempt at a quiz, the learner named by their id only. Free-text answers are
never exported."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exports import registry
from exports.filters import PeriodForm, period_q
from quizzes.admin_views import PERMISSION
from quizzes.models import Attempt, Quiz

CHUNK = 5000


class AttemptFilters(PeriodForm):
    quiz = forms.ModelChoiceField(
        label=_("Quiz"),
        queryset=Quiz.objects.order_by("title"),
        error_messages={"invalid_choice": _("Choose a quiz from the list.")},
    )
    field_order = ["quiz", "from_date", "to_date"]


def _attempts(filters: dict):
    return Attempt.objects.filter(
        quiz_id=filters["quiz"], submitted_at__isnull=False, **period_q(filters, "submitted_at")
    )


def attempt_rows(filters: dict):
    return (
        _attempts(filters)
        .order_by("pk")
        .values_list("pk", "user_id", "quiz__title", "number", "started_at", "submitted_at", "score", "passed")
        .iterator(chunk_size=CHUNK)
    )


def attempt_count(filters: dict) -> int:
    return _attempts(filters).count()


registry.register(
    "quiz_attempts",
    title=_("Submitted attempts at a quiz"),
    permission=PERMISSION,
    columns=[
        _("Attempt id"),
        _("Learner id"),
        _("Quiz"),
        _("Attempt number"),
        _("Started"),
        _("Submitted"),
        _("Score (%)"),
        _("Passed"),
    ],  # fmt: skip
    rows=attempt_rows,
    count=attempt_count,
    form=AttemptFilters,
)
