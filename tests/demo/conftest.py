"""The demo loaders (demo/loaders/), the only tests that load the demo. Each
test loads what its loader needs first, through these fixtures, in the order
load_demo runs them."""

import pytest

from demo.loaders import accounts, elearning, quizzes


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo_accounts(db):
    return accounts.load()


@pytest.fixture
def demo_home(db):
    """The home page, privacy and accessibility pages."""
    return elearning.load()


@pytest.fixture
def demo_quizzes(db):
    return quizzes.load()
