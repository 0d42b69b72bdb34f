"""Quiz statistics for staff, the method: what each number means, the value
types the report is made of, and a *reference* implementation in pure
Python (records in, numbers out, no database) that the tests pin down with
hand-computed values. quizzes.reports.queries computes the same numbers as
database aggregates over the rows attempt_submit stores (QuestionResult,
ChosenOption); a test holds the two to the same answers.

Only submitted attempts count. Each attempt is graded question by question
from *its own* snapshot with quizzes.grading, the same functions that gave
its score, so an editor changing a question later changes no statistic of
the attempts already made.

Method
------
- **Score distribution**: ten bands of 10 percentage points; a band holds the
  scores from its lower bound up to, not including, its upper bound, and the
  last band includes 100.
- **Learners** are distinct accounts. Attempts whose account has been deleted
  (the user is set to NULL, see quizzes.privacy) still count as attempts and
  in every other number, but not as learners; they are shown separately.
- **Facility index** of a question: the mean share of its mark obtained
  (points / maximum) over the submitted attempts that drew it; an unanswered
  question counts as 0. 1 means everyone got it right.
- **Discrimination index**: the classic upper/lower 27 % method. The
  attempts that drew the question are ranked by their total score (ties by
  attempt id); the lower group is the lowest ``round(0.27 × n)`` of them and
  the upper group the highest as many. The index is the facility in the upper
  group minus the facility in the lower group, from −1 to 1: near 0 the
  question does not separate strong from weak attempts, negative values mean
  weak attempts did better (often a flawed question or answer key). The total
  includes the question itself. With fewer than MIN_ATTEMPTS_FOR_DISCRIMINATION
  attempts the groups are too small to mean anything, and no index is given.
- **Most chosen wrong option** (single choice, multiple choice, true/false):
  the option marked wrong in the attempt's snapshot that was chosen most
  often; its share is of the answers given. Ties go to the option authored
  first.
- **Self-assessment (likert)**: not graded; the number of answers per point
  of the scale.
"""

from __future__ import annotations

import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from quizzes import grading
from quizzes.results import chosen_ids
from quizzes.types import QuestionType

MIN_ATTEMPTS_FOR_DISCRIMINATION = 10
GROUP_SHARE = Fraction(27, 100)
BAND_WIDTH = 10
WRONG_OPTION_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE})


def as_decimal(value: Fraction | Decimal | None, places: int = 2) -> Decimal | None:
    """A Fraction or Decimal rounded half up, for display and CSV."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def as_percent(value: Fraction | None, places: int = 0) -> Decimal | None:
    return None if value is None else as_decimal(value * 100, places)


# --- Records (what the queries load) ----------------------------------------------


@dataclass(frozen=True)
class AttemptRecord:
    id: int
    user_id: int | None
    number: int
    started_at: datetime.datetime
    submitted_at: datetime.datetime
    score: Decimal
    passed: bool
    question_ids: tuple[int, ...]
    questions: dict  # the attempt's snapshot: {str(question id): spec}

    def spec(self, question_id: int) -> dict:
        return self.questions[str(question_id)]


Answers = dict[int, dict[int, object]]  # {attempt id: {question id: value}}


# --- Summary ----------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    lower: int
    upper: int  # not included, except by the last band (100)
    count: int
    share: Fraction  # of the submitted attempts

    @property
    def percent(self) -> Decimal:
        return as_percent(self.share)


@dataclass(frozen=True)
class NumberStats:
    """The attempts that were a learner's first, second, … try."""

    number: int
    attempts: int
    passed: int
    mean_score: Decimal

    @property
    def pass_rate(self) -> Decimal:
        return as_percent(Fraction(self.passed, self.attempts))


@dataclass(frozen=True)
class Summary:
    attempts: int
    learners: int
    anonymous_attempts: int  # attempts whose account was deleted
    passed: int
    mean_score: Decimal | None
    median_score: Decimal | None
    bands: list[Band]
    by_number: list[NumberStats]

    @property
    def pass_rate(self) -> Decimal | None:
        return as_percent(Fraction(self.passed, self.attempts)) if self.attempts else None


def band_index(score: Decimal) -> int:
    return min(int(score // BAND_WIDTH), 100 // BAND_WIDTH - 1)


def _mean(values: list[Decimal]) -> Decimal:
    return as_decimal(sum(values, Decimal(0)) / len(values))


def summarise(attempts: list[AttemptRecord]) -> Summary:
    """Counts, pass rate, mean and median score, the distribution in 10 %
    bands and the attempts by attempt number."""
    scores = [a.score for a in attempts]
    counts = Counter(band_index(s) for s in scores)
    total = len(attempts)
    bands = [
        Band(
            lower=i * BAND_WIDTH,
            upper=(i + 1) * BAND_WIDTH,
            count=counts[i],
            share=Fraction(counts[i], total) if total else Fraction(0),
        )
        for i in range(100 // BAND_WIDTH)
    ]
    by_number: dict[int, list[AttemptRecord]] = defaultdict(list)
    for attempt in attempts:
        by_number[attempt.number].append(attempt)
    return Summary(
        attempts=total,
        learners=len({a.user_id for a in attempts if a.user_id is not None}),
        anonymous_attempts=sum(1 for a in attempts if a.user_id is None),
        passed=sum(1 for a in attempts if a.passed),
        mean_score=_mean(scores) if scores else None,
        median_score=as_decimal(statistics.median(scores)) if scores else None,
        bands=bands,
        by_number=[
            NumberStats(
                number=number,
                attempts=len(group),
                passed=sum(1 for a in group if a.passed),
                mean_score=_mean([a.score for a in group]),
            )
            for number, group in sorted(by_number.items())
        ],
    )


# --- Grades per attempt and question ----------------------------------------------


def grade_attempts(attempts: list[AttemptRecord], answers: Answers) -> dict[int, dict[int, grading.Grade]]:
    """{attempt id: {question id: Grade}} for every question each attempt drew,
    graded from the attempt's own snapshot (quizzes.grading)."""
    return {a.id: grading.question_grades([a.spec(q) for q in a.question_ids], answers.get(a.id, {})) for a in attempts}


def grade_fraction(grade: grading.Grade) -> Fraction:
    return grade.points / grade.max_points


# --- Item analysis ----------------------------------------------------------------


@dataclass(frozen=True)
class OptionCount:
    choice_id: int
    text: str
    count: int
    share: Fraction  # of the answers given to the question

    @property
    def percent(self) -> Decimal:
        return as_percent(self.share)


@dataclass
class ItemStats:
    position: int  # 1-based, in the quiz's current order; removed questions last, by id
    question_id: int
    type: str
    text: str  # as in the newest attempt that drew it
    current: bool  # still in the quiz
    drawn: int = 0  # submitted attempts that drew the question
    answered: int = 0  # of those, the ones with an answer
    facility: Fraction | None = None  # graded questions only
    upper_facility: Fraction | None = None
    lower_facility: Fraction | None = None
    group_size: int = 0  # attempts in each of the upper and lower groups
    wrong_option: OptionCount | None = None
    scale: list[OptionCount] = field(default_factory=list)  # likert

    @property
    def graded(self) -> bool:
        return self.type not in grading.UNGRADED

    @property
    def type_label(self) -> str:
        return QuestionType(self.type).label if self.type in QuestionType.values else self.type

    @property
    def discrimination(self) -> Fraction | None:
        if self.upper_facility is None or self.lower_facility is None:
            return None
        return self.upper_facility - self.lower_facility

    @property
    def facility_value(self) -> Decimal | None:
        return as_decimal(self.facility)

    @property
    def discrimination_value(self) -> Decimal | None:
        return as_decimal(self.discrimination)


def group_size(n: int) -> int:
    """round(0.27 × n), halves rounded up, at least 1."""
    return max(1, int(GROUP_SHARE * n + Fraction(1, 2)))


def _mean_fraction(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def item_analysis(
    attempts: list[AttemptRecord],
    answers: Answers,
    *,
    order: list[int] | tuple[int, ...] = (),
    grades: dict[int, dict[int, grading.Grade]] | None = None,
    min_attempts: int = MIN_ATTEMPTS_FOR_DISCRIMINATION,
) -> list[ItemStats]:
    """One ItemStats per question any attempt drew (method in the module
    docstring). ``order``: the quiz's current question ids in order."""
    min_attempts = max(2, min_attempts)  # one attempt cannot be both groups
    grades = grades if grades is not None else grade_attempts(attempts, answers)
    newest: dict[int, dict] = {}  # question id -> spec from the newest attempt
    choice_text: dict[int, str] = {}
    rows: dict[int, list[tuple[Decimal, int, Fraction]]] = defaultdict(list)  # (score, attempt id, fraction)
    answered: Counter = Counter()
    chosen: dict[int, Counter] = defaultdict(Counter)  # wrong options, or likert points
    for attempt in sorted(attempts, key=lambda a: a.id):
        given = answers.get(attempt.id, {})
        for qid in attempt.question_ids:
            spec = attempt.spec(qid)
            newest[qid] = spec
            choice_text.update({c["id"]: c["text"] for c in spec["choices"]})
            grade = grades[attempt.id][qid]
            if grade.graded:
                rows[qid].append((attempt.score, attempt.id, grade_fraction(grade)))
            else:
                rows[qid].append((attempt.score, attempt.id, None))
            value = given.get(qid)
            if value is None:
                continue
            answered[qid] += 1
            if spec["type"] == QuestionType.LIKERT:
                chosen[qid].update(chosen_ids(QuestionType.SINGLE, value))
            elif spec["type"] in WRONG_OPTION_TYPES:
                wrong = {c["id"] for c in spec["choices"] if not c["correct"]}
                chosen[qid].update(cid for cid in chosen_ids(spec["type"], value) if cid in wrong)

    in_quiz = set(order)
    current = [qid for qid in order if qid in newest]
    removed = sorted(qid for qid in newest if qid not in in_quiz)
    items = []
    for position, qid in enumerate(current + removed, start=1):
        spec = newest[qid]
        item = ItemStats(
            position=position,
            question_id=qid,
            type=spec["type"],
            text=spec["text"],
            current=qid in in_quiz,
            drawn=len(rows[qid]),
            answered=answered[qid],
        )
        authored = [c["id"] for c in spec["choices"]]
        seen_order = authored + sorted(set(chosen[qid]) - set(authored))
        if item.graded:
            fractions = [f for _score, _id, f in rows[qid]]
            item.facility = _mean_fraction(fractions)
            if len(fractions) >= min_attempts:
                ranked = [f for _score, _id, f in sorted(rows[qid], key=lambda r: (r[0], r[1]))]
                k = group_size(len(ranked))
                item.group_size = k
                item.lower_facility = _mean_fraction(ranked[:k])
                item.upper_facility = _mean_fraction(ranked[-k:])
            if item.type in WRONG_OPTION_TYPES and chosen[qid] and item.answered:
                best = max(seen_order, key=lambda cid: (chosen[qid][cid], -seen_order.index(cid)))
                if chosen[qid][best]:
                    item.wrong_option = OptionCount(
                        choice_id=best,
                        text=choice_text.get(best, ""),
                        count=chosen[qid][best],
                        share=Fraction(chosen[qid][best], item.answered),
                    )
        elif item.type == QuestionType.LIKERT:
            item.scale = [
                OptionCount(
                    choice_id=cid,
                    text=choice_text.get(cid, ""),
                    count=chosen[qid][cid],
                    share=Fraction(chosen[qid][cid], item.answered) if item.answered else Fraction(0),
                )
                for cid in seen_order
            ]
        items.append(item)
    return items


# --- Tables for export --------------------------------------------------------------


def learner_numbers(attempts: list[AttemptRecord]) -> dict[int, int]:
    """A pseudonym per account for one export: 1, 2, 3 … in the order of each
    learner's first submitted attempt. Not stable across exports or quizzes,
    and never the account id or e-mail."""
    numbers: dict[int, int] = {}
    for attempt in sorted(attempts, key=lambda a: (a.submitted_at, a.id)):
        if attempt.user_id is not None and attempt.user_id not in numbers:
            numbers[attempt.user_id] = len(numbers) + 1
    return numbers


@dataclass(frozen=True)
class AttemptRow:
    attempt_id: int
    learner: int | None  # None: the account was deleted
    number: int
    started_at: datetime.datetime
    submitted_at: datetime.datetime
    score: Decimal
    passed: bool
    points: list[Decimal | None]  # per item, in the items' order; None: not drawn


def attempt_rows(
    attempts: list[AttemptRecord], grades: dict[int, dict[int, grading.Grade]], items: list[ItemStats]
) -> list[AttemptRow]:
    """One row per submitted attempt, oldest first, with the points per
    graded question (in the order of ``items``)."""
    numbers = learner_numbers(attempts)
    graded = [item.question_id for item in items if item.graded]
    rows = []
    for attempt in sorted(attempts, key=lambda a: (a.submitted_at, a.id)):
        own = grades[attempt.id]
        rows.append(
            AttemptRow(
                attempt_id=attempt.id,
                learner=numbers.get(attempt.user_id),
                number=attempt.number,
                started_at=attempt.started_at,
                submitted_at=attempt.submitted_at,
                score=attempt.score,
                passed=attempt.passed,
                points=[as_decimal(own[q].points) if q in own else None for q in graded],
            )
        )
    return rows
