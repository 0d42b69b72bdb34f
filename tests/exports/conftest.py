import pytest

from exports import writers
from tests.factories.exports import build_progress


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORTS = {**settings.EXPORTS, "PROGRESS_EVERY": 2}
    monkeypatch.setattr(writers, "COPY_BATCH", 1)  # a few rows make several batches on PostgreSQL too


@pytest.fixture
def course_with_progress(home):
    """A course with 2 × 2 lessons and 3 learners who completed them all (12 rows)."""
    return build_progress(home)
