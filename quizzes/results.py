"""What a submitted attempt stores for reports, per question it drew: pure
functions, no database. quizzes.services.attempt_submit writes these rows
(QuestionResult, ChosenOption) in the transaction that grades the attempt,
and the migration that added them wrote them for the attempts made before by
regrading each attempt's snapshot; quizzes.reports aggregates them.

Each row is the grade quizzes.grading gives the question, so the points in a
report always add up to the stored score.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from quizzes import grading
from quizzes.types import QuestionType

# The types whose chosen options a report counts: the wrong ones for the
# first three (the most chosen wrong option), every one for self-assessment.
CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.LIKERT})


@dataclass(frozen=True)
class Result:
    question_id: int
    type: str
    graded: bool
    answered: bool
    earned: int  # points = earned / out_of, in lowest terms
    out_of: int
    chosen: tuple[tuple[int, bool], ...]  # (choice id, marked right in the snapshot)


def chosen_ids(kind: str, value) -> list[int]:
    """The option ids an answer value chose, each once, for the CHOICE_TYPES."""
    if kind == QuestionType.MULTIPLE:
        ids = [v for v in value if isinstance(v, int) and not isinstance(v, bool)] if isinstance(value, list) else []
        return list(dict.fromkeys(ids))
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def question_result(spec: dict, value, grade: grading.Grade) -> Result:
    chosen: tuple[tuple[int, bool], ...] = ()
    if spec["type"] in CHOICE_TYPES and value is not None:
        right = {c["id"]: c["correct"] for c in spec["choices"]}
        # An id the snapshot does not know cannot be counted as any option.
        chosen = tuple((cid, right[cid]) for cid in chosen_ids(spec["type"], value) if cid in right)
    return Result(
        question_id=spec["id"],
        type=spec["type"],
        graded=grade.graded,
        answered=value is not None,
        earned=grade.points.numerator if grade.graded else 0,
        out_of=grade.points.denominator if grade.graded else 1,
        chosen=chosen,
    )


def attempt_results(specs: list[dict], answers: dict) -> tuple[list[Result], Decimal]:
    """The results of one attempt (``specs`` in the attempt's order,
    ``answers`` {question id: value}) and its score, graded once."""
    grades = grading.question_grades(specs, answers)
    results = [question_result(spec, answers.get(spec["id"]), grades[spec["id"]]) for spec in specs]
    return results, grading.score_from_grades(grades.values())
