"""The rows attempt_submit stores for reports (QuestionResult, ChosenOption)
and the database aggregates over them: on a random data set with every
question type, pools, retries and a deleted account they give exactly what
the pure reference in quizzes.reports.method gives from the regraded
snapshots and answers, and the stored score is a regrade."""

import random
from collections import defaultdict
from fractions import Fraction

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes import grading, privacy, reports
from quizzes import services as quiz_services
from quizzes.models import Answer, Attempt, ChosenOption, Question, QuestionResult
from tests.factories.accounts import UserFactory
from tests.factories.quizzes import ALL_TYPES, add_question, build_quiz

TEXTS = ["Salutogenese", "  salutogenese ", "patogenese", "vet ikke"]


def random_value(spec: dict, rng: random.Random):
    """A stored answer value of the shape quizzes.grading reads, or None."""
    ids = [c["id"] for c in spec["choices"]]
    kind = spec["type"]
    if rng.random() < 0.1:
        return None
    if kind in ("single", "true_false", "likert"):
        return rng.choice(ids)
    if kind == "multiple":
        return rng.sample(ids, rng.randint(1, len(ids)))
    if kind == "ordering":
        return rng.sample(ids, len(ids))
    if kind == "matching":
        return {str(item): rng.choice(ids) for item in ids}
    if kind == "short_text":
        return rng.choice(TEXTS)
    return "Jeg vil la deltakerne fortelle hva de selv ønsker å lære."


def random_attempts(quiz, count: int, *, seed: int) -> list:
    rng = random.Random(seed)
    users = [UserFactory() for _ in range(max(2, count // 2))]
    made = []
    for n in range(count):
        user = users[n % len(users)]
        attempt, _new = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
        Answer.objects.bulk_create(
            Answer(attempt=attempt, question_id=qid, value=value)
            for qid in attempt.question_ids
            if (value := random_value(attempt.questions[str(qid)], rng)) is not None
        )
        made.append(quiz_services.attempt_submit(user=user, attempt_id=attempt.pk).attempt)
    return made


@pytest.fixture
def random_quiz(db):
    """Every type twice (partial credit on the second), ten of the sixteen
    drawn per attempt, 30 attempts by 15 learners; then a question removed,
    a learner's account deleted and 6 more attempts at the changed quiz."""
    quiz = build_quiz(ALL_TYPES, questions_per_attempt=10, shuffle_questions=True, shuffle_choices=True)
    for n, kind in enumerate(ALL_TYPES, start=len(ALL_TYPES)):
        add_question(quiz, kind, n=n, partial_credit=True)
    made = random_attempts(quiz, 30, seed=14)
    Question.objects.filter(quiz=quiz, type="single").order_by("sort_order").first().delete()
    privacy.erase_user_data(made[0].user)
    random_attempts(quiz, 6, seed=15)
    return quiz


def reference(quiz, min_attempts):
    """The report computed the old way: every attempt regraded in Python
    from its own snapshot and answers (quizzes.reports.method)."""
    attempts = [
        reports.AttemptRecord(
            id=a.pk,
            user_id=a.user_id,
            number=a.number,
            started_at=a.started_at,
            submitted_at=a.submitted_at,
            score=a.score,
            passed=a.passed,
            question_ids=tuple(a.question_ids),
            questions=a.questions,
        )
        for a in Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False).select_related("snapshot")
    ]
    answers = defaultdict(dict)
    for attempt_id, question_id, value in Answer.objects.filter(attempt__quiz=quiz).values_list(
        "attempt_id", "question_id", "value"
    ):
        answers[attempt_id][question_id] = value
    order = list(Question.objects.filter(quiz=quiz).order_by("sort_order", "pk").values_list("pk", flat=True))
    grades = reports.grade_attempts(attempts, answers)
    items = reports.item_analysis(attempts, answers, order=order, grades=grades, min_attempts=min_attempts)
    return reports.summarise(attempts), items, reports.attempt_rows(attempts, grades, items)


@pytest.mark.parametrize("min_attempts", [5, 10])
def test_the_aggregates_equal_a_regrade_of_every_attempt(random_quiz, min_attempts):
    summary, items, rows = reference(random_quiz, min_attempts)
    report = reports.quiz_report(quiz=random_quiz, min_attempts=min_attempts)
    assert report.summary == summary
    assert report.items == items
    assert any(item.discrimination is not None for item in items)
    assert any(not item.current for item in items)  # the removed question is still reported
    assert any(item.wrong_option for item in items) and any(item.scale for item in items)
    graded = [item for item in report.items if item.graded]
    columns = reports.quiz_columns(quiz_id=random_quiz.pk)
    assert [(c.position, c.question_id) for c in columns] == [(i.position, i.question_id) for i in graded]
    assert list(reports.quiz_attempt_rows(quiz_id=random_quiz.pk, graded=[c.question_id for c in columns])) == rows
    assert any(None in row.points for row in rows)  # pools: not every question drawn
    assert any(row.learner is None for row in rows)  # the deleted account


def test_stored_score_and_rows_equal_a_regrade(random_quiz):
    results = defaultdict(list)
    for result in QuestionResult.objects.filter(quiz=random_quiz):
        results[result.attempt_id].append(result)
    attempts = Attempt.objects.filter(quiz=random_quiz).select_related("snapshot")
    assert attempts.count() == 36
    for attempt in attempts:
        answers = dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "value"))
        specs = [attempt.questions[str(qid)] for qid in attempt.question_ids]
        assert attempt.score == grading.grade_attempt(specs, answers)
        own = {r.question_id: r for r in results[attempt.pk]}
        assert sorted(own) == sorted(attempt.question_ids)
        for spec in specs:
            grade = grading.grade_question(spec, answers.get(spec["id"]))
            row = own[spec["id"]]
            assert (row.graded, row.answered, row.score) == (grade.graded, spec["id"] in answers, attempt.score)
            if grade.graded:
                assert Fraction(row.earned, row.out_of) == grade.points
        graded = [r for r in own.values() if r.graded]
        assert attempt.score == grading.score_from_grades(
            [grading.Grade(Fraction(r.earned, r.out_of), 1, True) for r in graded]
        )


def test_submit_writes_the_rows_once(db):
    quiz = build_quiz(["single", "multiple", "likert", "reflection"])
    user = UserFactory()
    attempt, _new = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
    single, multiple, likert, _reflection = (attempt.questions[str(q)] for q in attempt.question_ids)
    wrong = next(c["id"] for c in single["choices"] if not c["correct"])
    picked = [c["id"] for c in multiple["choices"]][:3]  # two right, one wrong
    Answer.objects.create(attempt=attempt, question_id=single["id"], value=wrong)
    Answer.objects.create(attempt=attempt, question_id=multiple["id"], value=picked)
    Answer.objects.create(attempt=attempt, question_id=likert["id"], value=likert["choices"][1]["id"])
    quiz_services.attempt_submit(user=user, attempt_id=attempt.pk)
    quiz_services.attempt_submit(user=user, attempt_id=attempt.pk)  # a replay stores nothing more
    rows = {r.question_id: r for r in QuestionResult.objects.filter(attempt=attempt)}
    assert len(rows) == 4
    assert (rows[single["id"]].earned, rows[single["id"]].out_of, rows[single["id"]].graded) == (0, 1, True)
    assert not rows[likert["id"]].graded and rows[likert["id"]].answered
    assert not rows[_reflection["id"]].answered
    chosen = sorted(ChosenOption.objects.filter(attempt=attempt).values_list("question_id", "choice_id", "correct"))
    expected = [(single["id"], wrong, False), (likert["id"], likert["choices"][1]["id"], False)]
    expected += [(multiple["id"], c["id"], c["correct"]) for c in multiple["choices"][:3]]
    assert chosen == sorted(expected)


def test_report_queries_stay_eight_from_a_few_to_many_attempts_and_questions(db):
    counts = []
    for size, attempts in ((3, 2), (12, 40)):
        quiz = build_quiz((ALL_TYPES * 2)[:size])
        random_attempts(quiz, attempts, seed=size)
        with CaptureQueriesContext(connection) as queries:
            report = reports.quiz_report(quiz=quiz)
            rows = list(report.rows())
        assert report.summary.attempts == len(rows) == attempts
        counts.append(len(queries))
    assert counts == [9, 9]  # the report's eight and the streamed attempts table
