import pytest

from elearning.models import HomePage
from tests.factories.cohorts import build_cohort
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.module_data import built_once


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@built_once
def _course():
    """A cohort course of two modules of two lessons, in a course index of its own."""
    course_index = CourseIndexPageFactory(parent=HomePage.objects.get(depth=2))
    return course_index, build_course(course_index, modules=2, lessons=2, course_format="cohort", min_days_attended=3)


@pytest.fixture
def course_and_lessons(_course_for_test):
    return _course_for_test[1]


@pytest.fixture
def cohort(course):
    return build_cohort(course, days=5, groups=2)
