import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from elearning.celery import app as celery_app

TEST_TEMPLATES = Path(__file__).resolve().parent / "templates"


@pytest.fixture(autouse=True, scope="session")
def _celery_eager():
    """Tasks run in-process during tests; a test that needs a real worker
    process sends its tasks to the `celery_worker` fixture."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield


@pytest.fixture(autouse=True, scope="session")
def _test_templates():
    """Templates that only tests use live in tests/templates/ (as tests/...),
    never in the templates/ that ships."""
    from django.conf import settings
    from django.test import override_settings

    engine = settings.TEMPLATES[0]
    with override_settings(TEMPLATES=[{**engine, "DIRS": [*engine["DIRS"], TEST_TEMPLATES]}]):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """This process's test database (a tests.testdb.TestDatabase), cloned
    from a template made once per schema (tests/testdb.py), with the base
    site in it."""
    from django.test import TransactionTestCase

    from tests.testdb import TestDatabase

    with django_db_blocker.unblock():
        database = TestDatabase()
        database.setup()

    def restore_template(test_case):
        for alias in test_case._databases_names(include_mirrors=False):
            assert alias == database.alias, f"no template for database {alias!r}"
            database.restore()

    # A transactional test ends by getting the template back, instead of
    # Django's flush (which would leave no site behind, and no rows that
    # migrations create).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TransactionTestCase, "_fixture_teardown", restore_template)
        yield database
    with django_db_blocker.unblock():
        database.teardown()


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, tmp_path_factory):
    """One real Celery worker process per test process, started when a test
    first asks for it and shared by the tests after it. It works on this
    process's test database, which keeps its name when a transactional test
    gets the template back. Use it with @pytest.mark.django_db(transaction=True):
    it sees only committed rows."""
    from tests.celery_worker import start_worker

    with pytest.MonkeyPatch.context() as patch:
        # Sending a task would run Celery's Django fixup here, and with it the
        # system checks, which reset the test connection.
        patch.setenv("CELERY_SKIP_CHECKS", "1")
        with start_worker(tmp_path_factory.mktemp("celery")) as worker:
            yield worker


@pytest.fixture(autouse=True)
def _test_settings(settings, request, monkeypatch):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Staff reach the admin without setting up two-factor authentication,
    # whatever DEBUG is; tests/accounts/test_mfa.py turns the requirement on.
    settings.REQUIRE_STAFF_MFA = False
    # A fresh in-memory cache per test: rate limits and cached fragments
    # must not leak between tests or into the developer's var/cache.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": request.node.nodeid}
    }
    # The processes a test starts (gunicorn, a worker) share Redis, or the
    # cache folder, with other test processes and earlier runs, and a test
    # database given back its template gives out the same ids again: a user
    # or page cached under an id would be taken for this test's.
    monkeypatch.setenv("CACHE_KEY_PREFIX", uuid.uuid4().hex)


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language (bokmål). A request
    through the test client leaves its language active in the thread, so
    without this a test would inherit whichever language the test before it
    asked for (a reverse() giving /en/…, a message in English)."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _page_indexes(request, settings):
    """Wagtail indexes every saved object for search and for its reference
    index (where it is used), which is a third of the cost of building a
    course. Tests that search, or show where something is used, mark
    themselves @pytest.mark.search_index and get both, as in production."""
    if request.node.get_closest_marker("search_index"):
        yield
        return
    from wagtail.signal_handlers import disable_reference_index_auto_update

    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update(), search_signals_disconnected():
        yield


@contextmanager
def search_signals_disconnected():
    """With AUTO_UPDATE off the search backends skip an object, but only
    after modelsearch's post_save handler has run an (immediate) task that
    fetches it again: a fifth of the cost of saving a page. Off with them."""
    from django.db.models.signals import post_delete, post_save
    from modelsearch import index
    from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

    handlers = [(post_save, post_save_signal_handler), (post_delete, post_delete_signal_handler)]
    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        for signal, handler in handlers:
            signal.disconnect(handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            for signal, handler in handlers:
                signal.connect(handler, sender=model)


@pytest.fixture
def home(db):
    """The home page of the default site, from the template database."""
    from elearning.models import HomePage

    return HomePage.objects.get(depth=2)


@pytest.fixture
def statement_pages(home):
    """The privacy and accessibility statements, linked from every page's footer."""
    from tests.factories.elearning import add_statement_pages

    return add_statement_pages(home)


@pytest.fixture
def user(db):
    from tests.factories.accounts import UserFactory

    return UserFactory()


@pytest.fixture
def client_user(client, user):
    client.force_login(user)
    return client


# --- A course and its learners, as the apps' conftests share them ----------------------------
# An app's conftest says which course its tests get: ``course_and_lessons``
# (what build_course returns), or a course built once for the module
# (tests/module_data.py) as ``_course``, whose value starts with the course
# index it is in, beside its own ``course``.


@pytest.fixture
def _course_for_test(_course, db):
    """The test's own copy of the module's ``_course``."""
    from tests.module_data import for_test

    return for_test(_course)


@pytest.fixture
def course_index(request, home):
    """The index of the module's ``_course`` for a test that has the course, else an empty one."""
    if "_course" in request.fixturenames:
        return request.getfixturevalue("_course_for_test")[0]
    from tests.factories.modules import CourseIndexPageFactory

    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def course(course_and_lessons):
    return course_and_lessons[0]


@pytest.fixture
def lessons(course_and_lessons):
    return [lesson for _, ls in course_and_lessons[1] for lesson in ls]


@pytest.fixture
def learner(db):
    from tests.factories.accounts import UserFactory

    return UserFactory()


@pytest.fixture
def user_rep(db):
    from tests.factories.accounts import UserRepresentativeFactory

    return UserRepresentativeFactory()


def pytest_runtest_setup(item):
    from django.conf import settings

    if item.get_closest_marker("postgres") and not settings.IS_POSTGRES:
        pytest.skip("needs PostgreSQL (DATABASE_URL): make test runs it in its second pass")
    if item.get_closest_marker("redis") and not os.environ.get("REDIS_URL"):
        pytest.skip("needs Redis (REDIS_URL): make test runs it in its second pass")


def pytest_itemcollected(item):
    """A test that starts a Celery worker or beat of its own, or a fault test
    (which starts, kills and starts again workers, beats or gunicorn), is
    marked `processes`: it mostly waits for them, and pass 2 of `make test`
    runs these in a process beside its workers (scripts/run-tests.sh).
    Marked here, before `-m` selects."""
    if "celery_worker" in getattr(item, "fixturenames", ()) or item.get_closest_marker("faults"):
        item.add_marker(pytest.mark.processes)


# Tests that drive a browser or start processes take seconds each, most
# others milliseconds.
SLOW_MARKERS = ("browser", "processes")


def _is_slow(item) -> bool:
    return any(item.get_closest_marker(name) for name in SLOW_MARKERS)


def _uses_database(item) -> bool:
    return "django_db_setup" in getattr(item, "fixturenames", ()) or any(
        item.get_closest_marker(name) for name in ("django_db", "postgres")
    )


def _chunk_sizes(total: int, workers: int) -> list[int]:
    """How xdist's worksteal first splits `total` tests over `workers`: in
    contiguous runs, the first to the first worker that is ready, and so on
    (WorkStealingScheduling.check_schedule)."""
    sizes = []
    for index in range(workers):
        sizes.append(total // (workers - index))
        total -= sizes[-1]
    return sizes


def _template_wait_filled(items: list, workers: int) -> list:
    """The first worker to need the database builds the template while the
    others wait for it (tests/testdb.py), half a minute on a fresh clone.
    Every run but the first starts with tests that need no database, so its
    worker runs them in the meantime; the first run keeps the slow tests."""
    with_db = [item for item in items if _uses_database(item)]
    without_db = [item for item in items if not _uses_database(item)]
    ordered = []
    for index, size in enumerate(_chunk_sizes(len(items), workers)):
        chunk = []
        if index > 0:
            share = min(size, -(-len(without_db) // (workers - index)))
            chunk, without_db = without_db[:share], without_db[share:]
        taken = max(0, size - len(chunk))
        chunk += with_db[:taken]
        with_db = with_db[taken:]
        ordered += chunk
    return ordered + with_db + without_db


@pytest.hookimpl(trylast=True)  # after tests/e2e/conftest.py has marked the browser tests
def pytest_collection_modifyitems(config, items):
    """The slow tests run first, and the quick ones fill in after them: with
    xdist's worksteal the last tests, taken from the end of the other
    worker's queue, are then quick ones, so no core idles through a long
    browser test at the end of a run. The order is otherwise kept, but for
    the tests that need no database: they start the other workers' runs
    (_template_wait_filled).

    Pass 2 of `make test` (TESTS_PASS=2) is there to run what touches the
    database, the broker or a worker on PostgreSQL and Redis. A test that
    uses none of them (pure functions, the architecture rules, settings read
    in a subprocess), or whose answer does not depend on them (marked
    engine_independent: the CSRF middleware refusing a POST before any view
    runs), gave its answer in pass 1 and is not run again."""
    items.sort(key=lambda item: not _is_slow(item))
    if os.environ.get("TESTS_PASS") != "2":
        workers = getattr(config, "workerinput", {}).get("workercount", 1)
        if workers > 1:
            items[:] = _template_wait_filled(items, workers)
        return
    uses_services = [
        item
        for item in items
        if (
            "django_db_setup" in getattr(item, "fixturenames", ())
            or any(item.get_closest_marker(name) for name in ("django_db", "postgres", "redis"))
        )
        and not item.get_closest_marker("engine_independent")
    ]
    if len(uses_services) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in uses_services])
        items[:] = uses_services
