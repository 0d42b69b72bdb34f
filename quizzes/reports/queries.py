"""Quiz statistics as database aggregates (the method is in
quizzes.reports.method). They read the rows attempt_submit stores with each
submitted attempt: its score and pass on Attempt, a QuestionResult per
question it drew (exact points as earned / out_of) and a ChosenOption per
option an answer chose. Nothing is regraded and no attempt is loaded one by
one, so a report costs a constant number of queries and about the same time
at 100 or 100,000 attempts; the attempts table streams.

Selectors only: they return the value types of quizzes.reports.method, and
views (the Wagtail admin pages, the CSV exports) only present them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from django.db import connection
from django.db.models import Count, Max, Q, Sum

from quizzes import grading
from quizzes.models import Attempt, ChosenOption, Question, QuestionResult, QuestionType, Quiz, QuizSnapshot
from quizzes.reports.method import (
    BAND_WIDTH,
    MIN_ATTEMPTS_FOR_DISCRIMINATION,
    WRONG_OPTION_TYPES,
    AttemptRow,
    Band,
    ItemStats,
    NumberStats,
    OptionCount,
    Summary,
    as_decimal,
)

BANDS = 100 // BAND_WIDTH
SUBMITTED = Q(submitted_at__isnull=False)


def _mean(total: Decimal | None, count: int) -> Decimal | None:
    return as_decimal(Decimal(total) / count) if count else None


# --- Summary ----------------------------------------------------------------------------


def _band(index: int) -> Q:
    lower = Q(score__gte=index * BAND_WIDTH)
    return lower if index == BANDS - 1 else lower & Q(score__lt=(index + 1) * BAND_WIDTH)


def quiz_summary(*, quiz_id: int) -> tuple[Summary, int]:
    """The summary of the submitted attempts and the number of unfinished
    ones: three queries (the figures, the figures per attempt number, the
    middle one or two scores for the median)."""
    figures = Attempt.objects.filter(quiz_id=quiz_id).aggregate(
        attempts=Count("pk", filter=SUBMITTED),
        open=Count("pk", filter=~SUBMITTED),
        learners=Count("user", filter=SUBMITTED, distinct=True),
        anonymous=Count("pk", filter=SUBMITTED & Q(user__isnull=True)),
        passed=Count("pk", filter=SUBMITTED & Q(passed=True)),
        total=Sum("score", filter=SUBMITTED),
        **{f"band{i}": Count("pk", filter=SUBMITTED & _band(i)) for i in range(BANDS)},
    )
    total = figures["attempts"]
    submitted = Attempt.objects.filter(SUBMITTED, quiz_id=quiz_id)
    by_number = (
        submitted.values("number")
        .annotate(attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)), total=Sum("score"))
        .order_by("number")
    )
    median = None
    if total:
        middle = list(submitted.order_by("score").values_list("score", flat=True)[(total - 1) // 2 : total // 2 + 1])
        median = as_decimal(sum(middle, Decimal(0)) / len(middle))
    summary = Summary(
        attempts=total,
        learners=figures["learners"],
        anonymous_attempts=figures["anonymous"],
        passed=figures["passed"],
        mean_score=_mean(figures["total"], total),
        median_score=median,
        bands=[
            Band(
                lower=i * BAND_WIDTH,
                upper=(i + 1) * BAND_WIDTH,
                count=figures[f"band{i}"],
                share=Fraction(figures[f"band{i}"], total) if total else Fraction(0),
            )
            for i in range(BANDS)
        ],
        by_number=[
            NumberStats(
                number=row["number"],
                attempts=row["attempts"],
                passed=row["passed"],
                mean_score=_mean(row["total"], row["attempts"]),
            )
            for row in by_number
        ],
    )
    return summary, figures["open"]


# --- Item analysis ----------------------------------------------------------------------


def _newest_specs(*, quiz_id: int) -> tuple[dict[int, dict], dict[int, str]]:
    """{question id: spec as in the newest submitted attempt that drew it} and
    {choice id: newest text}: the distinct snapshots, each read once, applied
    in the order of their newest attempt (one query)."""
    snapshots = (
        QuizSnapshot.objects.filter(attempts__quiz_id=quiz_id, attempts__submitted_at__isnull=False)
        .annotate(newest=Max("attempts__pk"))
        .order_by("newest")
        .values_list("questions", flat=True)
    )
    specs: dict[int, dict] = {}
    choice_text: dict[int, str] = {}
    for questions in snapshots:
        for spec in questions.values():
            specs[spec["id"]] = spec
            choice_text.update({c["id"]: c["text"] for c in spec["choices"]})
    return specs, choice_text


@dataclass
class _Points:
    drawn: int = 0
    answered: int = 0
    points: Fraction = Fraction(0)  # the sum over the attempts that drew it
    upper: Fraction = Fraction(0)
    lower: Fraction = Fraction(0)
    group: int = 0
    chosen: dict[int, int] = field(default_factory=dict)  # counted options


def _group_points(*, quiz_id: int, min_attempts: int) -> list[tuple[int, str, int, int, int]]:
    """The points of the lower and upper 27 % groups (method.group_size) per
    question drawn at least ``min_attempts`` times, ranked by the attempt's
    score then id: (question id, "lower"/"upper", out_of, sum of earned,
    attempts), one query with window functions (PostgreSQL and SQLite)."""
    table = connection.ops.quote_name(QuestionResult._meta.db_table)
    sql = f"""
        WITH ranked AS (
            SELECT question_id, earned, out_of,
                   ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY score, attempt_id) AS position,
                   COUNT(*) OVER (PARTITION BY question_id) AS drawn
            FROM {table}
            WHERE quiz_id = %s AND graded = %s
        ), grouped AS (
            SELECT question_id, earned, out_of,
                   CASE WHEN position <= (27 * drawn + 50) / 100 THEN 'lower' ELSE 'upper' END AS side
            FROM ranked
            WHERE drawn >= %s
              AND (position <= (27 * drawn + 50) / 100 OR position > drawn - (27 * drawn + 50) / 100)
        )
        SELECT question_id, side, out_of, SUM(earned), COUNT(*)
        FROM grouped GROUP BY question_id, side, out_of
    """  # noqa: S608 - the table name is the model's; every value is a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, [quiz_id, True, min_attempts])
        return cursor.fetchall()


def quiz_items(*, quiz_id: int, min_attempts: int = MIN_ATTEMPTS_FOR_DISCRIMINATION) -> list[ItemStats]:
    """One ItemStats per question any submitted attempt drew, in the quiz's
    current order with removed questions last: five queries (the points and
    answers per question, the 27 % groups, the chosen options, the snapshots,
    the current order)."""
    min_attempts = max(2, min_attempts)  # one attempt cannot be both groups
    stats: dict[int, _Points] = defaultdict(_Points)
    points = (
        QuestionResult.objects.filter(quiz_id=quiz_id)
        .values("question_id", "out_of")
        .annotate(drawn=Count("pk"), answered=Count("pk", filter=Q(answered=True)), earned=Sum("earned"))
        .order_by()
    )
    for row in points:
        item = stats[row["question_id"]]
        item.drawn += row["drawn"]
        item.answered += row["answered"]
        item.points += Fraction(row["earned"], row["out_of"])
    for question_id, side, out_of, earned, count in _group_points(quiz_id=quiz_id, min_attempts=min_attempts):
        item = stats[question_id]
        if side == "lower":
            item.lower += Fraction(earned, out_of)
            item.group += count
        else:
            item.upper += Fraction(earned, out_of)
    options = (
        ChosenOption.objects.filter(quiz_id=quiz_id)
        .values_list("question_id", "choice_id", "correct")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counted: dict[int, dict[int, tuple[bool, int]]] = defaultdict(dict)
    for question_id, choice_id, correct, count in options:
        counted[question_id][choice_id] = (correct, count)
    specs, choice_text = _newest_specs(quiz_id=quiz_id)
    ids, in_quiz = _item_order(quiz_id=quiz_id, drawn=specs)
    return [
        _item(position, qid, specs[qid], stats[qid], counted[qid], choice_text, qid in in_quiz, min_attempts)
        for position, qid in enumerate(ids, start=1)
    ]


def _item_order(*, quiz_id: int, drawn) -> tuple[list[int], set[int]]:
    """The ids of the questions drawn, in the quiz's current order with
    removed questions last by id, and the ids still in the quiz (one query).
    Every question a submitted attempt's snapshot holds has its results."""
    order = list(Question.objects.filter(quiz_id=quiz_id).order_by("sort_order", "pk").values_list("pk", flat=True))
    in_quiz = set(order)
    ids = [qid for qid in order if qid in drawn]
    return ids + sorted(qid for qid in drawn if qid not in in_quiz), in_quiz


@dataclass(frozen=True)
class Column:
    """A graded question's column in the attempts table."""

    position: int  # as in the item analysis
    question_id: int


def quiz_columns(*, quiz_id: int) -> list[Column]:
    """The graded questions of the attempts table, positioned as in
    quiz_items, without the item analysis: two queries."""
    specs, _choice_text = _newest_specs(quiz_id=quiz_id)
    ids, _in_quiz = _item_order(quiz_id=quiz_id, drawn=specs)
    return [
        Column(position=position, question_id=qid)
        for position, qid in enumerate(ids, start=1)
        if specs[qid]["type"] not in grading.UNGRADED
    ]


def _item(position, qid, spec, points: _Points, counted, choice_text, current, min_attempts) -> ItemStats:
    item = ItemStats(
        position=position,
        question_id=qid,
        type=spec["type"],
        text=spec["text"],
        current=current,
        drawn=points.drawn,
        answered=points.answered,
    )
    authored = [c["id"] for c in spec["choices"]]
    seen_order = authored + sorted(set(counted) - set(authored))
    if item.graded:
        item.facility = points.points / points.drawn
        if points.drawn >= min_attempts and points.group:
            item.group_size = points.group
            item.lower_facility = points.lower / points.group
            item.upper_facility = points.upper / points.group
        wrong = {cid: count for cid, (correct, count) in counted.items() if not correct}
        if item.type in WRONG_OPTION_TYPES and wrong and item.answered:
            best = max(seen_order, key=lambda cid: (wrong.get(cid, 0), -seen_order.index(cid)))
            item.wrong_option = OptionCount(
                choice_id=best,
                text=choice_text.get(best, ""),
                count=wrong[best],
                share=Fraction(wrong[best], item.answered),
            )
    elif item.type == QuestionType.LIKERT:
        item.scale = [
            OptionCount(
                choice_id=cid,
                text=choice_text.get(cid, ""),
                count=counted.get(cid, (False, 0))[1],
                share=Fraction(counted.get(cid, (False, 0))[1], item.answered) if item.answered else Fraction(0),
            )
            for cid in seen_order
        ]
    return item


# --- The report and the attempts table ------------------------------------------------------


@dataclass
class QuizReport:
    quiz: Quiz
    open_attempts: int
    summary: Summary
    items: list[ItemStats]

    @property
    def graded_items(self) -> list[ItemStats]:
        return [item for item in self.items if item.graded]

    @property
    def likert_items(self) -> list[ItemStats]:
        return [item for item in self.items if item.type == QuestionType.LIKERT]

    @property
    def min_attempts(self) -> int:
        return MIN_ATTEMPTS_FOR_DISCRIMINATION

    def rows(self) -> Iterator[AttemptRow]:
        return quiz_attempt_rows(quiz_id=self.quiz.pk, graded=[i.question_id for i in self.items if i.graded])


def quiz_report(*, quiz: Quiz, min_attempts: int = MIN_ATTEMPTS_FOR_DISCRIMINATION) -> QuizReport:
    """Everything the report page shows: eight queries, whatever the number
    of attempts and questions."""
    summary, open_attempts = quiz_summary(quiz_id=quiz.pk)
    return QuizReport(
        quiz=quiz,
        open_attempts=open_attempts,
        summary=summary,
        items=quiz_items(quiz_id=quiz.pk, min_attempts=min_attempts),
    )


def quiz_attempt_rows(*, quiz_id: int, graded: list[int], chunk_size: int = 2000) -> Iterator[AttemptRow]:
    """One row per submitted attempt, oldest first (by submission, then id),
    with the points per question in ``graded`` (ids, in that order); learners
    numbered 1, 2, 3 … in the order of their first attempt
    (method.learner_numbers). Streams from one query (the points pivoted
    into one column per question), in bounded memory."""
    columns = {}
    for i, qid in enumerate(graded):
        columns[f"e{i}"] = Max("results__earned", filter=Q(results__question_id=qid))
        columns[f"o{i}"] = Max("results__out_of", filter=Q(results__question_id=qid))
    rows = (
        Attempt.objects.filter(SUBMITTED, quiz_id=quiz_id)
        .order_by("submitted_at", "pk")
        .annotate(**columns)
        .values_list("pk", "user_id", "number", "started_at", "submitted_at", "score", "passed", *columns)
    )
    numbers: dict[int, int] = {}
    cells: dict[tuple[int, int], Decimal] = {}
    for pk, user_id, number, started, submitted, score, passed, *points in rows.iterator(chunk_size=chunk_size):
        if user_id is not None and user_id not in numbers:
            numbers[user_id] = len(numbers) + 1
        values = []
        for earned, out_of in zip(points[::2], points[1::2], strict=True):
            if out_of is None:
                values.append(None)
                continue
            key = (earned, out_of)
            if key not in cells:
                cells[key] = as_decimal(Fraction(earned, out_of))
            values.append(cells[key])
        yield AttemptRow(
            attempt_id=pk,
            learner=numbers.get(user_id),
            number=number,
            started_at=started,
            submitted_at=submitted,
            score=score,
            passed=passed,
            points=values,
        )


def quiz_overview():
    """Every quiz with its submitted attempts, passes and distinct learners:
    one query."""
    submitted = Q(attempts__submitted_at__isnull=False)
    return Quiz.objects.annotate(
        submitted_count=Count("attempts", filter=submitted),
        passed_count=Count("attempts", filter=submitted & Q(attempts__passed=True)),
        learner_count=Count("attempts__user", filter=submitted, distinct=True),
    ).order_by("title")


def quiz_attempt_rows_sql(*, quiz_id: int, graded: list[int]) -> tuple[str, list]:
    """The rows of ``quiz_attempt_rows`` as one PostgreSQL SELECT, for
    ``COPY`` (the attempts CSV): attempt id, learner number (NULL for a
    deleted account), the quiz's title, attempt number, started, submitted, score, passed,
    and the points per question in ``graded`` rounded half up to two places
    (as ``method.as_decimal``; NULL where the attempt did not draw it).
    Learners are numbered as ``method.learner_numbers``: by their first
    submitted attempt, in (submitted, id) order."""
    attempts, results, quizzes = Attempt._meta.db_table, QuestionResult._meta.db_table, Quiz._meta.db_table
    points = "".join(
        f", round(max(earned) FILTER (WHERE question_id = %s)::numeric"
        f" / max(out_of) FILTER (WHERE question_id = %s), 2) AS p{index}"
        for index, _qid in enumerate(graded)
    )
    # Only table names from the models and fixed text go into the SQL; values are parameters.
    sql = f"""
        WITH submitted AS (
            SELECT a.id, a.user_id, q.title, a.number, a.started_at, a.submitted_at, a.score, a.passed
            FROM {attempts} a JOIN {quizzes} q ON q.id = a.quiz_id
            WHERE a.quiz_id = %s AND a.submitted_at IS NOT NULL
        ), firsts AS (
            SELECT DISTINCT ON (user_id) user_id, submitted_at, id
            FROM submitted WHERE user_id IS NOT NULL ORDER BY user_id, submitted_at, id
        ), learners AS (
            SELECT user_id, row_number() OVER (ORDER BY submitted_at, id) AS learner FROM firsts
        ), points AS (
            SELECT attempt_id{points} FROM {results} WHERE quiz_id = %s GROUP BY attempt_id
        )
        SELECT s.id, l.learner, s.title, s.number, s.started_at, s.submitted_at, s.score, s.passed
            {"".join(f", p.p{index}" for index in range(len(graded)))}
        FROM submitted s
        LEFT JOIN learners l ON l.user_id = s.user_id
        LEFT JOIN points p ON p.attempt_id = s.id
        ORDER BY s.submitted_at, s.id
    """  # noqa: S608
    return sql, [quiz_id, *[item for qid in graded for item in (qid, qid)], quiz_id]
