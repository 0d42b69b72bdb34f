"""Real parallel clients against PostgreSQL: the attempt limit, one open
attempt, submitting once and saving against submitting."""

import pytest

from elearning.errors import UserError
from modules.services import course_enrol
from quizzes import selectors, services
from quizzes.models import Answer, Attempt, Question
from tests.concurrency import run_parallel
from tests.factories.accounts import UserFactory
from tests.factories.quizzes import build_quiz, right_form
from tests.quizzes.conftest import make_quiz_course

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

THREADS = 12


def _parallel(fn, *, threads=THREADS, rounds=1):
    """Run fn(thread_index) in ``threads`` threads released together,
    ``rounds`` times each; returns (results and refusals, unexpected errors)."""

    def call(index):
        try:
            return fn(index)
        except UserError as exc:
            return exc

    return run_parallel(call, list(range(threads)) * rounds, threads=threads)


@pytest.fixture
def setup(course_index):
    quiz = build_quiz(["single", "multiple", "short_text"], kind="test", max_attempts=3)
    qc = make_quiz_course(course_index, quiz)
    learner = UserFactory()
    course_enrol(user=learner, course=qc.course)
    return qc, learner


def test_parallel_starts_open_one_attempt(setup):
    qc, learner = setup
    results, errors = _parallel(
        lambda i: services.attempt_start(user=learner, quiz_id=qc.quiz.pk, lesson_id=qc.lesson.pk)
    )
    assert errors == []
    assert Attempt.objects.filter(user=learner).count() == 1
    assert len({attempt.pk for attempt, _created in results}) == 1
    assert sum(1 for _attempt, created in results if created) == 1


def test_the_attempt_limit_holds_under_parallel_start_and_submit(setup):
    qc, learner = setup

    def start_and_submit(_index):
        attempt, _created = services.attempt_start(user=learner, quiz_id=qc.quiz.pk, lesson_id=qc.lesson.pk)
        services.attempt_submit(user=learner, attempt_id=attempt.pk)
        return attempt.number

    results, errors = _parallel(start_and_submit, rounds=3)
    assert errors == []
    numbers = sorted(Attempt.objects.filter(user=learner).values_list("number", flat=True))
    assert numbers == [1, 2, 3]  # never more than the limit, no gaps, no duplicates
    refused = [r for r in results if isinstance(r, services.NoAttemptsLeft)]
    assert refused  # 36 tries at 3 attempts: most were refused with a message
    assert not Attempt.objects.filter(user=learner, submitted_at__isnull=True).exists()


def test_parallel_submits_grade_once(setup):
    qc, learner = setup
    attempt, _ = services.attempt_start(user=learner, quiz_id=qc.quiz.pk, lesson_id=qc.lesson.pk)
    for qid in attempt.question_ids:
        question = Question.objects.get(pk=qid)
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=qid, data=right_form(question))
    results, errors = _parallel(lambda i: services.attempt_submit(user=learner, attempt_id=attempt.pk))
    assert errors == []
    assert sum(1 for r in results if r.newly_submitted) == 1
    assert {(r.attempt.score, r.attempt.submitted_at) for r in results} == {
        (r.attempt.score, r.attempt.submitted_at) for r in results if r.newly_submitted
    }


def test_saves_racing_a_submit_never_change_a_graded_attempt(setup):
    qc, learner = setup
    for _round in range(3):
        attempt, _ = services.attempt_start(user=learner, quiz_id=qc.quiz.pk, lesson_id=None)
        questions = [Question.objects.prefetch_related("choices").get(pk=q) for q in attempt.question_ids]

        def act(index, attempt=attempt, questions=questions):
            if index == THREADS // 2:
                return services.attempt_submit(user=learner, attempt_id=attempt.pk)
            question = questions[index % len(questions)]
            return services.answer_save(
                user=learner, attempt_id=attempt.pk, question_id=question.pk, data=right_form(question)
            )

        results, errors = _parallel(act)
        assert errors == []
        assert all(isinstance(r, services.AttemptClosed) for r in results if isinstance(r, UserError))
        stored = Attempt.objects.get(pk=attempt.pk)
        assert stored.submitted_at is not None
        assert stored.score == selectors.attempt_regrade(attempt=stored)
        assert Answer.objects.filter(attempt=attempt).count() <= len(questions)


def test_parallel_first_saves_of_one_question_keep_one_answer(setup):
    qc, learner = setup
    attempt, _ = services.attempt_start(user=learner, quiz_id=qc.quiz.pk, lesson_id=None)
    question = Question.objects.prefetch_related("choices").get(pk=attempt.question_ids[0])
    forms = [right_form(question), {"choice": [question.choices.filter(correct=False).first().key]}]
    results, errors = _parallel(
        lambda i: services.answer_save(user=learner, attempt_id=attempt.pk, number=1, data=forms[i % 2]), rounds=2
    )
    assert errors == [] and len(results) == THREADS * 2
    (answer,) = Answer.objects.filter(attempt=attempt)  # the conflicting inserts became updates
    assert answer.value in {r.answer.value for r in results}
