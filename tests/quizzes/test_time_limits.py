"""Time limits a learner can live with (WCAG 2.2.1): staff give one learner
extra minutes or no limit on a quiz, and a course can turn its quizzes'
limits off. The limit the learner gets is the one the attempt's deadline
holds and the one the lesson shows."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from modules import services as module_services
from quizzes import services
from quizzes.models import TimeLimitExtension
from tests.factories.accounts import UserFactory
from tests.factories.quizzes import build_quiz
from tests.quizzes.conftest import make_quiz_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def timed(course_index):
    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test", time_limit_minutes=20))
    user = UserFactory()
    module_services.course_enrol(user=user, course=qc.course)
    return qc, user


def _deadline(qc, user, now):
    attempt, _ = services.attempt_start(user=user, quiz_id=qc.quiz.pk, lesson_id=qc.lesson.pk, now=now)
    return attempt.deadline


def test_the_quiz_limit_applies_without_an_extension(timed):
    qc, user = timed
    now = timezone.now()
    assert _deadline(qc, user, now) == now + datetime.timedelta(minutes=20)


def test_extra_minutes_are_added_for_that_learner_only(timed):
    qc, user = timed
    TimeLimitExtension.objects.create(quiz=qc.quiz, user=user, extra_minutes=15)
    other = UserFactory()
    module_services.course_enrol(user=other, course=qc.course)
    now = timezone.now()
    assert _deadline(qc, user, now) == now + datetime.timedelta(minutes=35)
    assert _deadline(qc, other, now) == now + datetime.timedelta(minutes=20)


def test_no_limit_for_that_learner(timed):
    qc, user = timed
    TimeLimitExtension.objects.create(quiz=qc.quiz, user=user, no_limit=True)
    assert _deadline(qc, user, timezone.now()) is None


def test_a_course_can_turn_time_limits_off(timed):
    qc, user = timed
    qc.course.quiz_time_limits = False
    qc.course.save()
    assert _deadline(qc, user, timezone.now()) is None


def test_an_extension_must_give_something_and_is_one_per_learner(timed):
    qc, user = timed
    with pytest.raises(IntegrityError), transaction.atomic():
        TimeLimitExtension.objects.create(quiz=qc.quiz, user=user)
    TimeLimitExtension.objects.create(quiz=qc.quiz, user=user, extra_minutes=5)
    with pytest.raises(IntegrityError), transaction.atomic():
        TimeLimitExtension.objects.create(quiz=qc.quiz, user=user, no_limit=True)


def test_the_lesson_shows_the_learners_own_limit(client, timed):
    qc, user = timed
    TimeLimitExtension.objects.create(quiz=qc.quiz, user=user, extra_minutes=10)
    client.force_login(user)
    html = client.get(qc.lesson.url).content.decode()
    assert "30 minutter" in html and "20 minutter" not in html
