"""Attempts: start and resume, the attempt limit, saving answers, submitting once, grading integrity."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from modules.models import Enrolment, LessonCompletion
from quizzes import selectors, services
from quizzes.models import Answer, Attempt, Question
from quizzes.services import saving
from tests.factories.accounts import UserFactory
from tests.factories.quizzes import (
    ALL_TYPES,
    add_question,
    answer_all,
    build_quiz,
    right_form,
    right_matching_form,
    wrong_form,
)
from tests.quizzes.conftest import make_quiz_course

pytestmark = pytest.mark.django_db


def start(user, qc, **kwargs):
    return services.attempt_start(user=user, quiz_id=qc.quiz.pk, lesson_id=qc.lesson.pk, **kwargs)


def test_start_draws_every_question_and_snapshots_them(quiz_course, learner):
    attempt, created = start(learner, quiz_course)
    assert created and attempt.number == 1
    questions = list(Question.objects.filter(quiz=quiz_course.quiz).order_by("sort_order"))
    assert attempt.question_ids == [q.pk for q in questions]  # no shuffling asked for
    assert set(attempt.questions) == {str(q.pk) for q in questions}
    assert [s["type"] for s in (attempt.questions[str(q)] for q in attempt.question_ids)] == ALL_TYPES
    assert attempt.deadline is None and attempt.feedback_mode == "immediate"  # practice default


def test_ordering_and_matching_never_start_in_the_right_order(course_index, learner):
    quiz = build_quiz(["ordering", "matching"])
    qc = make_quiz_course(course_index, quiz)
    from modules.services import course_enrol

    course_enrol(user=learner, course=qc.course)
    for _ in range(10):
        attempt, _created = start(learner, qc)
        ordering, matching = attempt.question_ids
        right = [c["id"] for c in attempt.questions[str(ordering)]["choices"]]
        assert attempt.choice_order[str(ordering)] != right
        items = [c["id"] for c in attempt.questions[str(matching)]["choices"]]
        assert attempt.target_order[str(matching)] != items
        services.attempt_submit(user=learner, attempt_id=attempt.pk)


def test_resume_returns_the_open_attempt(quiz_course, learner):
    first, created = start(learner, quiz_course)
    again, created_again = start(learner, quiz_course)
    assert created and not created_again and again.pk == first.pk
    assert Attempt.objects.count() == 1


def test_pool_draws_n_questions_and_shuffles_stably(course_index, learner):
    quiz = build_quiz(["single"] * 8, questions_per_attempt=5, shuffle_questions=True, shuffle_choices=True)
    qc = make_quiz_course(course_index, quiz)
    from modules.services import course_enrol

    course_enrol(user=learner, course=qc.course)
    attempt, _ = start(learner, qc)
    assert len(attempt.question_ids) == 5 == len(set(attempt.question_ids))
    assert set(attempt.question_ids) <= set(quiz.questions.values_list("pk", flat=True))
    # Stable within the attempt: resuming shows the same questions and options in the same order.
    resumed, _ = start(learner, qc)
    assert resumed.question_ids == attempt.question_ids and resumed.choice_order == attempt.choice_order
    draws = set()
    for _ in range(8):
        services.attempt_submit(user=learner, attempt_id=attempt.pk)
        attempt, _ = start(learner, qc)
        draws.add(tuple(attempt.question_ids))
    assert len(draws) > 1  # 56 × 120 orderings: eight identical draws would be a bug


def test_start_requires_an_accessible_lesson_holding_the_quiz(quiz_course, outsider, course_index):
    with pytest.raises(services.QuizNotAvailable):
        start(outsider, quiz_course)  # not enrolled
    other = make_quiz_course(course_index, build_quiz(["single"]))
    from modules.services import course_enrol

    course_enrol(user=outsider, course=other.course)
    with pytest.raises(services.QuizNotAvailable):  # the lesson does not hold this quiz
        services.attempt_start(user=outsider, quiz_id=quiz_course.quiz.pk, lesson_id=other.lesson.pk)
    with pytest.raises(services.QuizNotAvailable):
        services.attempt_start(user=outsider, quiz_id=987654, lesson_id=other.lesson.pk)
    assert not Attempt.objects.exists()


def test_attempt_limit(quiz_course, learner):
    quiz_course.quiz.max_attempts = 2
    quiz_course.quiz.save()
    for number in (1, 2):
        attempt, created = start(learner, quiz_course)
        assert created and attempt.number == number
        services.attempt_submit(user=learner, attempt_id=attempt.pk)
    with pytest.raises(services.NoAttemptsLeft) as error:
        start(learner, quiz_course)
    assert "2" in str(error.value.message)
    assert Attempt.objects.filter(user=learner).count() == 2


def test_database_constraints(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    fields = {"user": learner, "quiz": quiz_course.quiz, "feedback_mode": "immediate"}
    with pytest.raises(IntegrityError), transaction.atomic():  # second open attempt
        Attempt.objects.create(number=2, **fields)
    services.attempt_submit(user=learner, attempt_id=attempt.pk)
    with pytest.raises(IntegrityError), transaction.atomic():  # same number again
        Attempt.objects.create(number=1, submitted_at=timezone.now(), score=1, passed=False, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(number=3, submitted_at=timezone.now(), score=101, passed=True, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():  # submitted without a score
        Attempt.objects.create(number=4, submitted_at=timezone.now(), **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(attempt=attempt, question_id=attempt.question_ids[0], value=None)
        Answer.objects.create(attempt=attempt, question_id=attempt.question_ids[0], value=None)


def test_full_marks_pass_and_complete_the_lesson_and_course(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    answer_all(attempt, user=learner)
    result = services.attempt_submit(user=learner, attempt_id=attempt.pk)
    assert result.newly_submitted and not result.timed_out
    assert result.attempt.score == Decimal("100.00") and result.attempt.passed
    assert LessonCompletion.objects.get(user=learner, lesson=quiz_course.lesson).source == "quiz"
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_failing_does_not_complete_the_lesson(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    answer_all(attempt, user=learner, right=False)
    result = services.attempt_submit(user=learner, attempt_id=attempt.pk)
    assert result.attempt.passed is False and result.attempt.score < 60
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_submit_is_exactly_once_and_a_replay_returns_the_same_result(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    answer_all(attempt, user=learner)
    first = services.attempt_submit(user=learner, attempt_id=attempt.pk)
    later = timezone.now() + datetime.timedelta(minutes=5)
    replay = services.attempt_submit(user=learner, attempt_id=attempt.pk, now=later)
    assert first.newly_submitted and not replay.newly_submitted
    assert (replay.attempt.score, replay.attempt.passed, replay.attempt.submitted_at) == (
        first.attempt.score,
        first.attempt.passed,
        first.attempt.submitted_at,
    )
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_stored_score_equals_a_regrade_of_the_stored_answers(course_index, learner):
    from modules.services import course_enrol

    quiz = build_quiz(ALL_TYPES + ["multiple"], kind="test")
    multiple = quiz.questions.filter(type="multiple").last()
    multiple.partial_credit = True
    multiple.save()
    qc = make_quiz_course(course_index, quiz)
    course_enrol(user=learner, course=qc.course)
    attempt, _ = start(learner, qc)
    questions = {q.pk: q for q in Question.objects.filter(quiz=quiz)}
    # A mix: some right, some wrong, one partly right, one left out.
    for index, qid in enumerate(attempt.question_ids):
        question = questions[qid]
        if question.type == "matching":
            data = right_matching_form(attempt, question)
            data.pop(next(iter(data)))  # two of three pairs
        elif question.type == "multiple" and question.partial_credit:
            data = {"choice": [question.choices.filter(correct=True).first().key]}
        elif index % 2:
            data = wrong_form(question)
        elif question.type == "reflection":
            continue
        else:
            data = right_form(question)
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=qid, data=data)
    result = services.attempt_submit(user=learner, attempt_id=attempt.pk)
    stored = Attempt.objects.get(pk=attempt.pk)
    assert Decimal("0") < stored.score < Decimal("100")
    assert stored.score == selectors.attempt_regrade(attempt=stored) == result.attempt.score
    # Editing the quiz afterwards changes neither the stored score nor a regrade.
    Question.objects.filter(quiz=quiz).update(text="Endret")
    quiz.questions.first().choices.update(correct=True)
    assert selectors.attempt_regrade(attempt=Attempt.objects.get(pk=attempt.pk)) == stored.score


def test_answer_save_updates_in_place(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right_form(single))
    answer = Answer.objects.get(attempt=attempt)
    assert answer.value == single.choices.get(correct=True).pk and not answer.checked
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data={})
    assert Answer.objects.get(attempt=attempt).value is None  # cleared, still one row


def test_checking_an_answer_gives_feedback_and_makes_it_final(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    with pytest.raises(services.AnswerRefused):
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data={}, check=True)
    result = services.answer_save(
        user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single), check=True
    )
    assert result.grade.correct is False and result.answer.checked
    with pytest.raises(services.AnswerRefused):
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right_form(single))
    assert Answer.objects.get(attempt=attempt).value == single.choices.get(text="Feil A").pk


def test_tests_ignore_check_requests(course_index, learner):
    from modules.services import course_enrol

    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test"))
    course_enrol(user=learner, course=qc.course)
    attempt, _ = start(learner, qc)
    assert attempt.feedback_mode == "after_submit"
    question = qc.quiz.questions.get()
    result = services.answer_save(
        user=learner, attempt_id=attempt.pk, question_id=question.pk, data=right_form(question), check=True
    )
    assert result.grade is None and not result.answer.checked


def test_bad_answers_are_refused_and_keep_the_saved_one(quiz_course, learner, course_index):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    multiple = Question.objects.get(quiz=quiz_course.quiz, type="multiple")
    other_quiz_question = add_question(build_quiz(["single"]), "single", n=9)
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right_form(single))
    bad_inputs = [
        (single.pk, {"choice": [multiple.choices.first().key]}),  # another question's option
        (single.pk, {"choice": [other_quiz_question.choices.first().key]}),  # another quiz's option
        (single.pk, {"choice": [str(single.choices.first().pk)]}),  # a database id
        (single.pk, {"choice": ["\x00"]}),
        (single.pk, {"choice": ["x" * 10_000]}),
        (other_quiz_question.pk, right_form(other_quiz_question)),  # a question not in the attempt
    ]
    for question_id, data in bad_inputs:
        with pytest.raises(services.AnswerRefused) as error:
            services.answer_save(user=learner, attempt_id=attempt.pk, question_id=question_id, data=data)
        assert error.value.message
    assert Answer.objects.get(attempt=attempt).value == single.choices.get(correct=True).pk


def test_someone_elses_attempt_is_not_found(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    intruder = UserFactory()
    qid = attempt.question_ids[0]
    with pytest.raises(services.AttemptNotFound):
        services.answer_save(user=intruder, attempt_id=attempt.pk, question_id=qid, data={})
    with pytest.raises(services.AttemptNotFound):
        services.attempt_submit(user=intruder, attempt_id=attempt.pk)
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None


def _between_read_and_write(monkeypatch, event):
    """Run ``event()`` once, after answer_save has read the attempt and before it writes the answer."""
    write, done = saving.answer_write, []

    def late_write(**kwargs):
        if not done:
            done.append(True)
            event()
        return write(**kwargs)

    monkeypatch.setattr(saving, "answer_write", late_write)


def test_a_submit_between_the_read_and_the_write_refuses_the_save(quiz_course, learner, monkeypatch):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    _between_read_and_write(monkeypatch, lambda: services.attempt_submit(user=learner, attempt_id=attempt.pk))
    with pytest.raises(services.AttemptClosed) as error:
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right_form(single))
    assert error.value.message == services.SUBMITTED_MESSAGE
    stored = Attempt.objects.get(pk=attempt.pk)
    assert Answer.objects.get(attempt=attempt).value == single.choices.get(text="Feil A").pk
    assert stored.score == selectors.attempt_regrade(attempt=stored)


def test_a_deadline_passing_between_the_read_and_the_write_refuses_the_save(course_index, learner, monkeypatch):
    from modules.services import course_enrol

    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test", time_limit_minutes=10))
    course_enrol(user=learner, course=qc.course)
    attempt, _ = start(learner, qc)
    question = qc.quiz.questions.get()
    past = timezone.now() - datetime.timedelta(hours=1)
    _between_read_and_write(monkeypatch, lambda: Attempt.objects.filter(pk=attempt.pk).update(deadline=past))
    with pytest.raises(services.TimeUp):
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=question.pk, data=right_form(question))
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.timed_out and stored.score == 0
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_an_answer_checked_between_the_read_and_the_write_is_kept(quiz_course, learner, monkeypatch):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")

    def check_wrong():
        services.answer_save(
            user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single), check=True
        )

    _between_read_and_write(monkeypatch, check_wrong)
    for data in (right_form(single), {}):  # neither a new answer nor a clearing replaces a checked one
        with pytest.raises(services.AnswerRefused):
            services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=data)
    answer = Answer.objects.get(attempt=attempt)
    assert answer.checked and answer.value == single.choices.get(text="Feil A").pk


def test_an_empty_save_of_an_unanswered_question_leaves_it_unanswered(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    result = services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data={})
    assert result.answer.value is None and result.question_count == len(attempt.question_ids)
    assert Answer.objects.get(attempt=attempt).value is None
    assert selectors.first_unanswered(attempt=attempt) == 1


def test_a_kept_attempt_frame_lets_nothing_through_that_the_database_refuses(
    quiz_course, learner, django_assert_num_queries
):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    right = right_form(single)
    with django_assert_num_queries(1):  # the frame is kept: only the write
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right)
    intruder = UserFactory()
    with pytest.raises(services.AttemptNotFound):
        services.answer_save(user=intruder, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    Attempt.objects.filter(pk=attempt.pk).delete()  # as when the learner's data is erased
    with pytest.raises(services.AttemptNotFound):
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    assert not Answer.objects.filter(attempt_id=attempt.pk).exists()


def test_answers_are_refused_after_submitting(quiz_course, learner):
    attempt, _ = start(learner, quiz_course)
    single = Question.objects.get(quiz=quiz_course.quiz, type="single")
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=wrong_form(single))
    services.attempt_submit(user=learner, attempt_id=attempt.pk)
    with pytest.raises(services.AttemptClosed) as error:
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=single.pk, data=right_form(single))
    assert error.value.message == services.SUBMITTED_MESSAGE
    assert Answer.objects.get(attempt=attempt).value == single.choices.get(text="Feil A").pk


def test_time_limit_with_grace(course_index, learner, settings):
    from modules.services import course_enrol

    settings.QUIZ_GRACE_SECONDS = 30
    qc = make_quiz_course(course_index, build_quiz(["single", "single"], kind="test", time_limit_minutes=10))
    course_enrol(user=learner, course=qc.course)
    t0 = timezone.now()
    attempt, _ = start(learner, qc, now=t0)
    assert attempt.deadline == t0 + datetime.timedelta(minutes=10)
    first, second = (Question.objects.get(pk=q) for q in attempt.question_ids)
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=first.pk, data=right_form(first), now=t0)
    # Within the grace period a save is still accepted.
    in_grace = t0 + datetime.timedelta(minutes=10, seconds=20)
    services.answer_save(
        user=learner, attempt_id=attempt.pk, question_id=second.pk, data=wrong_form(second), now=in_grace
    )
    late = t0 + datetime.timedelta(minutes=10, seconds=31)
    with pytest.raises(services.TimeUp):
        services.answer_save(
            user=learner, attempt_id=attempt.pk, question_id=second.pk, data=right_form(second), now=late
        )
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.submitted_at and stored.timed_out and stored.score == Decimal("50.00")
    assert Answer.objects.get(attempt=attempt, question_id=second.pk).value == second.choices.get(text="Feil A").pk
    # A late submit replays the closed result.
    result = services.attempt_submit(user=learner, attempt_id=attempt.pk, now=late)
    assert not result.newly_submitted and result.timed_out


def test_late_submit_is_closed_with_the_answers_saved_in_time(course_index, learner):
    from modules.services import course_enrol

    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test", time_limit_minutes=5))
    course_enrol(user=learner, course=qc.course)
    t0 = timezone.now()
    attempt, _ = start(learner, qc, now=t0)
    question = qc.quiz.questions.get()
    services.answer_save(
        user=learner, attempt_id=attempt.pk, question_id=question.pk, data=right_form(question), now=t0
    )
    result = services.attempt_submit(user=learner, attempt_id=attempt.pk, now=t0 + datetime.timedelta(hours=1))
    assert result.newly_submitted and result.timed_out
    assert result.attempt.score == Decimal("100.00") and result.attempt.passed
    # Passing in time counts for progress even when the submit came late.
    assert LessonCompletion.objects.filter(user=learner, lesson=qc.lesson).exists()


def test_starting_closes_an_expired_open_attempt(course_index, learner):
    from modules.services import course_enrol

    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test", time_limit_minutes=5, max_attempts=2))
    course_enrol(user=learner, course=qc.course)
    t0 = timezone.now()
    first, _ = start(learner, qc, now=t0)
    second, created = start(learner, qc, now=t0 + datetime.timedelta(minutes=6))
    assert created and second.number == 2
    first.refresh_from_db()
    assert first.timed_out and first.score == Decimal("0.00")
