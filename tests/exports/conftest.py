import pytest

from elearning.models import HomePage
from exports import writers
from tests.factories.exports import build_progress
from tests.module_data import built_once, for_test


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORTS = {**settings.EXPORTS, "PROGRESS_EVERY": 2}
    monkeypatch.setattr(writers, "COPY_BATCH", 1)  # a few rows make several batches on PostgreSQL too


@built_once
def _course_with_progress():
    """A course with 2 × 2 lessons and 3 learners who completed them all (12 rows)."""
    return build_progress(HomePage.objects.get(depth=2))


@pytest.fixture
def course_with_progress(_course_with_progress, db):
    return for_test(_course_with_progress)
