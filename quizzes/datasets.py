"""The quizzes' datasets for exports (exports.registry): every submitted
attempt at a quiz, the learner named by their id only. Free-text answers are
never exported."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exports import registry
from exports.filters import PeriodForm, period_q
from quizzes.admin_views import PERMISSION
from quizzes.models import Attempt, Quiz


class AttemptFilters(PeriodForm):
    quiz = forms.ModelChoiceField(
        label=_("Quiz"),
        queryset=Quiz.objects.order_by("title"),
        error_messages={"invalid_choice": _("Choose a quiz from the list.")},
    )
    field_order = ["quiz", "from_date", "to_date"]


def attempts(filters: dict):
    return Attempt.objects.filter(
        quiz_id=filters["quiz"], submitted_at__isnull=False, **period_q(filters, "submitted_at")
    )


registry.register(
    "quiz_attempts",
    title=_("Submitted attempts at a quiz"),
    permission=PERMISSION,
    columns=[
        (_("Attempt id"), "pk"),
        (_("Learner id"), "user_id"),
        (_("Quiz"), "quiz__title"),
        (_("Attempt number"), "number"),
        (_("Started"), "started_at"),
        (_("Submitted"), "submitted_at"),
        (_("Score (%)"), "score"),
        (_("Passed"), "passed"),
    ],
    queryset=attempts,
    form=AttemptFilters,
)
