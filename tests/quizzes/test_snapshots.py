"""The stored snapshot of a quiz (quizzes.services.starting): attempts at an
unchanged quiz share one, a change to a question starts a new one. Apart
from tests/quizzes/test_services.py, whose tests all start from the quiz
course built once for the module (tests.module_data): this one starts from
the quiz alone."""

import pytest

from quizzes import services
from quizzes.models import QuizSnapshot
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_attempts_at_an_unchanged_quiz_share_one_stored_snapshot(quiz):
    def begin():
        return services.attempt_start(user=UserFactory(), quiz_id=quiz.pk, lesson_id=None)[0]

    first, second = begin(), begin()
    assert first.snapshot_id == second.snapshot_id
    assert QuizSnapshot.objects.count() == 1
    question = quiz.questions.order_by("sort_order").first()
    question.text = "Hva betyr helsekompetanse for deg?"
    question.save()
    third = begin()
    assert third.snapshot_id != first.snapshot_id
    assert third.questions[str(question.pk)]["text"] == "Hva betyr helsekompetanse for deg?"
    first.refresh_from_db()
    assert first.questions[str(question.pk)]["text"] != "Hva betyr helsekompetanse for deg?"
