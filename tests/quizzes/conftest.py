from dataclasses import dataclass

import pytest

from modules import services as module_services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.factories.quizzes import build_quiz


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


@pytest.fixture
def course_index(home):
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def quiz(db):
    return build_quiz()


@pytest.fixture
def quiz_course(course_index, quiz):
    return make_quiz_course(course_index, quiz)


@pytest.fixture
def learner(quiz_course):
    user = UserFactory()
    module_services.course_enrol(user=user, course=quiz_course.course)
    return user


@pytest.fixture
def outsider(db):
    return UserFactory()
