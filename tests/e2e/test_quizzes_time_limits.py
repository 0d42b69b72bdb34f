"""WCAG 2.2.1 in the browser: a learner given no time limit on a timed
knowledge test is told so before starting and gets no countdown; in a course
with time limits turned off, nobody does."""

import re

import pytest

from modules import services as module_services
from quizzes.models import TimeLimitExtension
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


def _timed_lesson(home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=0)
    quiz = build_quiz(["single"], title="Kunnskapstest", kind="test", time_limit_minutes=20)
    lesson = LessonPageFactory(parent=built[0][0], completion_rule="quiz", body=[("quiz", quiz)])
    course.refresh_from_db()
    return course, quiz, lesson


def _start(page, lesson):
    page.goto(lesson.url)
    page.get_by_role("button", name=re.compile(nb("Start"))).click()
    page.wait_for_url(re.compile(r"/sporsmal/1/$"))


def test_a_learner_with_no_time_limit_gets_no_countdown(page, home, login):
    course, quiz, lesson = _timed_lesson(home)
    learner, other = UserFactory(), UserFactory()
    for user in (learner, other):
        module_services.course_enrol(user=user, course=course)
    TimeLimitExtension.objects.create(quiz=quiz, user=learner, no_limit=True)

    login(other.email, PASSWORD)
    _start(page, lesson)
    assert page.get_by_role("timer").count() == 1

    page.context.clear_cookies()
    login(learner.email, PASSWORD)
    page.goto(lesson.url)
    _start(page, lesson)
    assert page.get_by_role("timer").count() == 0
    assert_accessible(page)


def test_a_course_without_time_limits(page, home, login):
    course, quiz, lesson = _timed_lesson(home)
    course.quiz_time_limits = False
    course.save()
    learner = UserFactory()
    module_services.course_enrol(user=learner, course=course)
    login(learner.email, PASSWORD)
    _start(page, lesson)
    assert page.get_by_role("timer").count() == 0
