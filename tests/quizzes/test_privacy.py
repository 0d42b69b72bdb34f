"""The quizzes' part of "Mine data": export, and erasing before an account is deleted."""

import json

import pytest

from accounts import services as account_services
from accounts.selectors import user_data_export
from quizzes import services
from quizzes.models import Answer, Attempt, Question
from tests.factories.quizzes import right_form

pytestmark = pytest.mark.django_db


def _take(learner, quiz_course):
    attempt, _ = services.attempt_start(user=learner, quiz_id=quiz_course.quiz.pk, lesson_id=quiz_course.lesson.pk)
    for qid in attempt.question_ids:
        question = Question.objects.get(pk=qid)
        if question.type != "matching":
            services.answer_save(user=learner, attempt_id=attempt.pk, question_id=qid, data=right_form(question))
    services.attempt_submit(user=learner, attempt_id=attempt.pk)
    return attempt


def test_export_holds_attempts_and_answers(learner, quiz_course):
    _take(learner, quiz_course)
    data = user_data_export(user=learner)
    json.dumps(data)  # serialisable
    attempts = data["quizzes"]["attempts"]
    assert len(attempts) == 1 and attempts[0]["quiz"] == quiz_course.quiz.title and attempts[0]["passed"] is not None
    answers = attempts[0]["answers"]
    assert "Jeg tenker at brukermedvirkning er viktig." in [a["answer"] for a in answers]
    assert all(a["question"] for a in answers)


def test_erase_removes_reflections_and_keeps_anonymous_attempts(learner, quiz_course):
    attempt = _take(learner, quiz_course)
    before = Answer.objects.filter(attempt=attempt).count()
    account_services.user_delete(user=learner)
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.user_id is None and stored.score is not None
    remaining = Answer.objects.filter(attempt=attempt)
    reflection = Question.objects.get(quiz=quiz_course.quiz, type="reflection")
    assert remaining.count() == before - 1
    assert not remaining.filter(question_id=reflection.pk).exists()
