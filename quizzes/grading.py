"""Grading: pure functions, no database, no request.

A question is graded from its *spec*, the snapshot an attempt keeps of it
(see quizzes.services.question_spec)::

    {"id": 7, "type": "multiple", "text": ..., "explanation": ...,
     "partial_credit": False, "accepted": ["..."],
     "choices": [{"id": 31, "key": "…", "text": ..., "correct": True,
                  "feedback": ..., "match": ""}, ...]}   # in authored order

and the learner's *value* (quizzes.answers builds it from a form):

    single, true_false, likert   the chosen choice id (int)
    multiple                     a list of chosen choice ids
    ordering                     the choice ids in the learner's order
    matching                     {"<item choice id>": <choice id whose match was picked>}
    short_text, reflection       the text
    (no answer)                  None

Every graded question is worth one point:

- single and true/false: right or wrong.
- multiple: all or nothing (exactly the right options); with partial credit
  (right picks - wrong picks) / number of right options, never below 0.
- ordering: all or nothing; with partial credit the share of items in their
  right place.
- matching: the share of items given their right match (always per pair).
- short text: right when it equals an accepted answer after normalising
  (Unicode NFKC, case folded, whitespace collapsed, trimmed).
- likert and reflection are not graded: worth no points and left out of
  the maximum.

The score is points / maximum in per cent, rounded *down* to two decimals
(so 69.999 % does not pass a 70 % pass mark); a quiz with nothing graded
scores 100.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from elearning.text import comparable
from quizzes.types import QuestionType

UNGRADED = frozenset({QuestionType.LIKERT, QuestionType.REFLECTION})
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Grade:
    points: Fraction
    max_points: int
    correct: bool | None  # None: not graded

    @property
    def graded(self) -> bool:
        return self.correct is not None


def _right_ids(spec: dict) -> set[int]:
    return {c["id"] for c in spec["choices"] if c["correct"]}


def _as_int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _as_int_list(value) -> list[int]:
    if not isinstance(value, list):
        return []
    return [v for v in value if _as_int(v) is not None]


def grade_question(spec: dict, value) -> Grade:
    kind = spec["type"]
    if kind in UNGRADED:
        return Grade(Fraction(0), 0, None)
    points = Fraction(0)
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        chosen = _as_int(value)
        points = Fraction(1 if chosen is not None and chosen in _right_ids(spec) else 0)
    elif kind == QuestionType.MULTIPLE:
        right = _right_ids(spec)
        chosen = set(_as_int_list(value))
        if chosen == right:
            points = Fraction(1)
        elif spec.get("partial_credit") and right:
            hits = len(chosen & right)
            misses = len(chosen - right)
            points = max(Fraction(0), Fraction(hits - misses, len(right)))
    elif kind == QuestionType.ORDERING:
        expected = [c["id"] for c in spec["choices"]]
        given = _as_int_list(value)
        if given == expected:
            points = Fraction(1)
        elif spec.get("partial_credit") and expected:
            in_place = sum(1 for a, b in zip(given, expected, strict=False) if a == b)
            points = Fraction(in_place, len(expected))
    elif kind == QuestionType.MATCHING:
        items = [c["id"] for c in spec["choices"]]
        given = value if isinstance(value, dict) else {}
        if items:
            right = sum(1 for item in items if _as_int(given.get(str(item))) == item)
            points = Fraction(right, len(items))
    elif kind == QuestionType.SHORT_TEXT:
        accepted = {comparable(a) for a in spec.get("accepted", [])}
        answer = comparable(value) if isinstance(value, str) else ""
        points = Fraction(1 if answer and answer in accepted else 0)
    else:
        raise ValueError(f"unknown question type {kind!r}")
    return Grade(points, 1, points == 1)


def question_grades(specs: list[dict], answers: dict) -> dict[int, Grade]:
    """{question id: Grade} for every spec; ``answers`` maps question id to value."""
    return {spec["id"]: grade_question(spec, answers.get(spec["id"])) for spec in specs}


def score_from_grades(grades) -> Decimal:
    points = sum((g.points for g in grades), Fraction(0))
    maximum = sum(g.max_points for g in grades)
    if not maximum:
        return HUNDRED
    exact = points * 100 / maximum
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(CENT, rounding=ROUND_DOWN)


def grade_attempt(specs: list[dict], answers: dict) -> Decimal:
    """The score in per cent (0.00–100.00) for ``answers`` ({question id: value})."""
    return score_from_grades(question_grades(specs, answers).values())


def is_pass(score: Decimal, pass_mark: int) -> bool:
    return score >= pass_mark
