import pytest

from tests.factories.modules import build_course


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course_and_lessons(course_index):
    return build_course(course_index, modules=2, lessons=3)
