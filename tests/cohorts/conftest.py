import pytest

from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.cohorts import build_cohort
from tests.factories.modules import CourseIndexPageFactory, build_course


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course_index(home):
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def course_and_lessons(course_index):
    return build_course(course_index, modules=2, lessons=2, course_format="cohort", min_days_attended=3)


@pytest.fixture
def course(course_and_lessons):
    return course_and_lessons[0]


@pytest.fixture
def cohort(course):
    return build_cohort(course, days=5, groups=2)


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def user_rep(db):
    return UserRepresentativeFactory()
