import pytest

from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def index_page(home):
    return ThemeSessionIndexPageFactory(parent=home)


@pytest.fixture
def series(index_page):
    return SeriesPageFactory(parent=index_page)


@pytest.fixture
def session(series):
    return SessionPageFactory(parent=series)
