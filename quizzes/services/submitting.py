"""Submitting: grading an attempt once and storing its report rows (see quizzes.services)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone
from wagtail import hooks

from elearning import user_cache
from quizzes import grading, results
from quizzes.models import Answer, Attempt, ChosenOption, QuestionResult, QuizSnapshot
from quizzes.services.common import QUIZ_PASSED_HOOK, is_late, kept_snapshot, locked_attempt

RESULT_BATCH = 5000


@transaction.atomic(savepoint=False)
def results_store(*, attempts: list[tuple[Attempt, Decimal, list[results.Result]]]) -> None:
    """Write the report rows (QuestionResult, ChosenOption) of attempts just
    graded: (attempt, its score, quizzes.results.attempt_results). Two
    queries however many attempts and questions; rows already there are
    left alone. Called inside the transaction that stores the score, which
    it joins (no savepoint: a failure here fails the submit); also used by
    the load data."""
    rows, options = [], []
    for attempt, score, per_question in attempts:
        for result in per_question:
            rows.append(
                QuestionResult(
                    attempt_id=attempt.pk,
                    quiz_id=attempt.quiz_id,
                    question_id=result.question_id,
                    type=result.type,
                    graded=result.graded,
                    answered=result.answered,
                    earned=result.earned,
                    out_of=result.out_of,
                    score=score,
                )
            )
            options.extend(
                ChosenOption(
                    attempt_id=attempt.pk,
                    quiz_id=attempt.quiz_id,
                    question_id=result.question_id,
                    choice_id=choice_id,
                    correct=correct,
                )
                for choice_id, correct in result.chosen
            )
    QuestionResult.objects.bulk_create(rows, batch_size=RESULT_BATCH, ignore_conflicts=True)
    ChosenOption.objects.bulk_create(options, batch_size=RESULT_BATCH, ignore_conflicts=True)


@dataclass
class SubmitResult:
    attempt: Attempt
    newly_submitted: bool
    timed_out: bool


# PostgreSQL closes the attempt and writes its report rows in one statement: the rows come in as
# JSON and are written only if the UPDATE closed the attempt.
_CLOSE_WITH_RESULTS = """
    WITH closed AS (
        UPDATE quizzes_attempt SET submitted_at = %s, score = %s, passed = %s, timed_out = %s
        WHERE id = %s AND submitted_at IS NULL
        RETURNING id, quiz_id, score
    ), question_results AS (
        INSERT INTO quizzes_questionresult
            (attempt_id, quiz_id, question_id, type, graded, answered, earned, out_of, score)
        SELECT closed.id, closed.quiz_id, r.question_id, r.type, r.graded, r.answered, r.earned, r.out_of, closed.score
        FROM closed, jsonb_to_recordset(%s) AS r(
            question_id bigint, type text, graded boolean, answered boolean, earned integer, out_of integer
        )
        ON CONFLICT DO NOTHING
    ), chosen_options AS (
        INSERT INTO quizzes_chosenoption (attempt_id, quiz_id, question_id, choice_id, correct)
        SELECT closed.id, closed.quiz_id, c.question_id, c.choice_id, c.correct
        FROM closed, jsonb_to_recordset(%s) AS c(question_id bigint, choice_id bigint, correct boolean)
        ON CONFLICT DO NOTHING
    )
    SELECT count(*) FROM closed
"""


def _attempt_close(
    *, attempt: Attempt, now, score: Decimal, passed: bool, late: bool, per_question: list[results.Result]
) -> bool:
    """Close ``attempt`` with its grade and write its report rows, if it is
    still open (a conditional UPDATE); True if this call closed it. Joins
    the caller's transaction. One query on PostgreSQL."""
    if connection.vendor != "postgresql":
        updated = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now, score=score, passed=passed, timed_out=late
        )
        if updated:
            results_store(attempts=[(attempt, score, per_question)])
        return bool(updated)
    question_rows = [
        {
            "question_id": r.question_id,
            "type": r.type,
            "graded": r.graded,
            "answered": r.answered,
            "earned": r.earned,
            "out_of": r.out_of,
        }
        for r in per_question
    ]
    option_rows = [
        {"question_id": r.question_id, "choice_id": choice_id, "correct": correct}
        for r in per_question
        for choice_id, correct in r.chosen
    ]
    ops = connection.ops
    with connection.cursor() as cursor:
        cursor.execute(
            _CLOSE_WITH_RESULTS,
            [
                ops.adapt_datetimefield_value(now),
                score,
                passed,
                late,
                attempt.pk,
                ops.adapt_json_value(question_rows, None),
                ops.adapt_json_value(option_rows, None),
            ],
        )
        (closed,) = cursor.fetchone()
    return bool(closed)


def attempt_submit(*, user, attempt_id: int, now: datetime.datetime | None = None) -> SubmitResult:
    """Grade and close the learner's attempt, exactly once. A replay returns
    the stored result (newly_submitted False). After the deadline plus grace
    the attempt is closed with the answers saved in time and ``timed_out``
    is set, so the caller can say the late submission was not accepted.
    On a pass the ``quiz_passed`` hook records it for the quiz's lesson in
    the same transaction.
    Query count is constant in the number of questions: the locked attempt,
    its answers (read after the lock, so every save that got in first is
    graded), and the close with the report rows; and the attempt's
    snapshot when this process has not kept it (kept_snapshot)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = locked_attempt(user=user, attempt_id=attempt_id)
        if attempt.submitted:
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        late = is_late(attempt, now)
        answers = dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "value"))
        questions = kept_snapshot(
            attempt.snapshot_id,
            lambda: QuizSnapshot.objects.values_list("questions", flat=True).get(pk=attempt.snapshot_id),
        )
        specs = [questions[str(qid)] for qid in attempt.question_ids]
        per_question, score = results.attempt_results(specs, answers)
        passed = grading.is_pass(score, attempt.pass_mark)
        closed = _attempt_close(
            attempt=attempt, now=now, score=score, passed=passed, late=late, per_question=per_question
        )
        if not closed:  # cannot happen under the row lock; kept for databases without one
            attempt.refresh_from_db()
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        attempt.submitted_at, attempt.score, attempt.passed, attempt.timed_out = now, score, passed, late
        if passed and attempt.lesson_id:
            for record_pass in hooks.get_hooks(QUIZ_PASSED_HOOK):
                record_pass(user=user, lesson_id=attempt.lesson_id, quiz_id=attempt.quiz_id)
        # After the hooks (they read the learner's cached progress): a leader's group page shows the results.
        user_cache.bump(attempt.user_id)
    return SubmitResult(attempt=attempt, newly_submitted=True, timed_out=late)
