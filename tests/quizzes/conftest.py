from dataclasses import dataclass

import pytest

from elearning.models import HomePage
from modules import services as module_services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.factories.quizzes import build_quiz
from tests.module_data import built_once, for_test


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@dataclass
class QuizCourse:
    course: object
    module: object
    lesson: object  # the lesson with the quiz, completed by passing it
    quiz: object


def make_quiz_course(parent, quiz, *, extra_lessons=0):
    """A published course of one module: ``extra_lessons`` plain lessons, then
    a lesson whose completion rule is passing ``quiz``."""
    course, built = build_course(parent, modules=1, lessons=extra_lessons)
    module = built[0][0]
    lesson = LessonPageFactory(
        parent=module,
        title="Kunnskapstest",
        completion_rule="quiz",
        body=[("paragraph", "<p>Test deg selv.</p>"), ("quiz", quiz)],
    )
    course.refresh_from_db()
    return QuizCourse(course=course, module=module, lesson=lesson, quiz=quiz)


@built_once
def _quiz_course():
    """The quiz and its course, in a course index of their own."""
    course_index = CourseIndexPageFactory(parent=HomePage.objects.get(depth=2))
    return course_index, make_quiz_course(course_index, build_quiz())


@pytest.fixture
def _quiz_course_for_test(_quiz_course, db):
    return for_test(_quiz_course)


@pytest.fixture
def course_index(request, home):
    """The quiz course's index for a test that has the quiz course, else an empty one."""
    if "_quiz_course" in request.fixturenames:
        return request.getfixturevalue("_quiz_course_for_test")[0]
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def quiz(request, db):
    """The quiz course's quiz for a test that has the quiz course, else a quiz alone."""
    if "_quiz_course" in request.fixturenames:
        return request.getfixturevalue("_quiz_course_for_test")[1].quiz
    return build_quiz()


@pytest.fixture
def quiz_course(_quiz_course_for_test):
    return _quiz_course_for_test[1]


@pytest.fixture
def learner(quiz_course):
    user = UserFactory()
    module_services.course_enrol(user=user, course=quiz_course.course)
    return user


@pytest.fixture
def outsider(db):
    return UserFactory()
