"""Course evaluations: the statements' scores per form and course day, and
the free-text answers. A constant number of queries: the scores in one, the
comments in two (the answers, and the size of each group that answered)."""

import functools

from django.db.models import Avg, Count, F, Q, QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from evaluations.models import EvaluationAnswer, FormKind, QuestionKind
from insights import suppression
from insights.selectors.common import PagedRows, percent, rounded


def _when(kind: str, day: int | None) -> str:
    return _when_in(get_language(), kind, day)


@functools.cache
def _when_in(language: str | None, kind: str, day: int | None) -> str:
    """The form kind's label and the day, in ``language`` (the cache key: a
    report of thousands of answers names the same few)."""
    label = str(FormKind(kind).label) if kind in FormKind.values else kind
    if not day:
        return label
    return _("%(when)s (day %(number)s)") % {"when": label, "number": day}


def evaluation_scores(answers: QuerySet[EvaluationAnswer]) -> list[dict]:
    """One row per statement and course day (the same day number of every
    cohort together): answers, the mean from 1 to 5 and the share who agree
    (4 or 5)."""
    rows = (
        answers.filter(question__kind=QuestionKind.LIKERT, likert__isnull=False)
        .order_by()
        .values(
            "question_id",
            kind=F("response__form__kind"),
            day=F("response__day__number"),
            question_text=F("question__text"),
            position=F("question__sort_order"),
        )
        .annotate(answers=Count("pk"), mean=Avg("likert"), agree=Count("pk", filter=Q(likert__gte=4)))
        .order_by("kind", "day", "position", "question_id")
    )
    return [
        {
            **row,
            "when": _when(row["kind"], row["day"]),
            "label": row["question_text"],
            "mean": rounded(row["mean"]),
            "agree_share": percent(row["agree"], row["answers"]),
        }
        for row in rows
    ]


def evaluation_comments(answers: QuerySet[EvaluationAnswer]) -> PagedRows:
    """The free-text answers, newest first within each form and day, read a
    page at a time (PagedRows). The text of a form and day that fewer people
    than the minimum group size answered is HIDDEN: in a small group a
    comment points at its writer."""

    @functools.cache
    def respondents() -> dict:
        return {
            (row["response__form_id"], row["response__day__number"]): row["n"]
            for row in answers.order_by()
            .values("response__form_id", "response__day__number")
            .annotate(n=Count("response", distinct=True))
        }

    rows = (
        answers.filter(question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .order_by("response__form__kind", "response__day__number", "question__sort_order", "-response__submitted_at")
        .values(
            "pk",
            "text",
            form_id=F("response__form_id"),
            kind=F("response__form__kind"),
            day=F("response__day__number"),
            question_text=F("question__text"),
            submitted_at=F("response__submitted_at"),
        )
    )

    def comment(row: dict) -> dict:
        size = respondents().get((row["form_id"], row["day"]), 0)
        text = suppression.HIDDEN if suppression.is_small(size) else row["text"]
        return {**row, "text": text, "when": _when(row["kind"], row["day"]), "respondents": size}

    return PagedRows(rows, comment)
