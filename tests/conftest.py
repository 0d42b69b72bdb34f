import pytest

from elearning.celery import app as celery_app


@pytest.fixture(autouse=True, scope="session")
def _celery_eager():
    """Tasks run in-process during tests, unless a test starts a real worker
    (tests/elearning/test_celery_worker.py)."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield


@pytest.fixture(autouse=True)
def _test_settings(settings, request):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # A fresh in-memory cache per test: rate limits and cached fragments
    # must not leak between tests or into the developer's var/cache.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": request.node.nodeid}
    }


@pytest.fixture
def demo_site(db):
    """The home page, privacy and accessibility pages from the demo loader."""
    from elearning import demo

    return demo.load()


@pytest.fixture
def user(db):
    from tests.factories.accounts import UserFactory

    return UserFactory()


@pytest.fixture
def client_user(client, user):
    client.force_login(user)
    return client
