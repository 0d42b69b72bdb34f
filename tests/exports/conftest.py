import pytest

from tests.factories.exports import build_progress


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORTS = {**settings.EXPORTS, "PROGRESS_EVERY": 2}


@pytest.fixture
def course_with_progress(home):
    """A course with 2 × 2 lessons and 3 learners who completed them all (12 rows)."""
    return build_progress(home)
