import pytest

from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course_and_lessons(home):
    return build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)


@pytest.fixture
def course(course_and_lessons):
    return course_and_lessons[0]


@pytest.fixture
def lessons(course_and_lessons):
    return [lesson for _, ls in course_and_lessons[1] for lesson in ls]


@pytest.fixture
def learner(db):
    return UserFactory()
