import pytest

from elearning.celery import app as celery_app


@pytest.fixture(autouse=True, scope="session")
def _celery_eager():
    """Tasks run in-process during tests, unless a test starts a real worker
    (tests/elearning/test_celery_worker.py)."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Make the serialized test data visible to every connection object.
    Playwright's sync API runs the test in a greenlet, where Django's
    per-context connection handler hands out a fresh DatabaseWrapper that
    lacks the contents serialized at setup, and serialized rollback then
    restores nothing."""
    from django.db import connections

    for conn in connections.all():
        contents = getattr(conn, "_test_serialized_contents", None)
        if contents is not None:
            type(conn)._test_serialized_contents = contents


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
    from demo.loaders import elearning as demo

    return demo.load()


@pytest.fixture
def user(db):
    from tests.factories.accounts import UserFactory

    return UserFactory()


@pytest.fixture
def client_user(client, user):
    client.force_login(user)
    return client


def pytest_collection_modifyitems(items):
    """Every transactional test (live server, real worker, concurrency) gets a
    serialized rollback. Wagtail's migrations create rows (root page, locale,
    groups) that a plain flush would drop, and mixing plain and serialized
    transactional tests breaks the restore (content types re-created by
    post_migrate collide with the serialized ones). pytest-django reads the
    closest django_db marker, so the merged marker is put first."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker else {}
        if marker and marker.args:
            kwargs.setdefault("transaction", marker.args[0])
        transactional = kwargs.get("transaction") or {"live_server", "transactional_db"} & set(item.fixturenames)
        if transactional and not kwargs.get("serialized_rollback"):
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)
