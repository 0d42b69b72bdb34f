"""In a request, elearning.user_cache fetches a user's entries in one round
trip: the first read brings the entries the page said it would read
(read_ahead), each is handed out once, and a bump forgets what the request
fetched. A warm signed-in course, module or lesson page reads the shared
cache twice: the content version with the session, and the user with the
page's entries."""

import contextlib

import pytest
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from elearning import user_cache
from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_trips(monkeypatch):
    """The reads the shared cache answers, counted (a get_many once, though
    the local-memory backend makes it of gets)."""
    counted, inside = [], []
    backend = type(caches["default"])
    for method in ("get", "get_many"):
        original = getattr(backend, method)

        def counting(self, *args, _original=original, **kwargs):
            if inside:
                return _original(self, *args, **kwargs)
            counted.append(args[0])
            inside.append(True)
            try:
                return _original(self, *args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, method, counting)
    return counted


@contextlib.contextmanager
def _request():
    # As the test client does: the test's database connection stays open.
    request_started.send(sender=None)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_finished.send(sender=None)
        request_finished.connect(close_old_connections)


def _unused():
    raise AssertionError("computed although it was cached")


def test_entries_read_ahead_come_with_the_first_read_once_each(round_trips):
    user = UserFactory()
    with _request():
        user_cache.get(user.pk, "first", lambda: ["one"])
        user_cache.get(user.pk, "second", lambda: ["two"])
    with _request():
        user_cache.read_ahead([("second", ())])
        round_trips.clear()
        assert user_cache.get(user.pk, "first", _unused) == ["one"]
        handed = user_cache.get(user.pk, "second", _unused)
        assert handed == ["two"] and len(round_trips) == 1
        handed.append("changed by its reader")
        assert user_cache.get(user.pk, "second", _unused) == ["two"]  # fetched again, not shared
        assert len(round_trips) == 2


def test_a_bump_in_the_request_forgets_what_it_fetched():
    user = UserFactory()
    with _request():
        user_cache.get(user.pk, "entry", lambda: "old")
    with _request():
        user_cache.read_ahead([("entry", ())])
        assert user_cache.get(user.pk, "first", lambda: "first") == "first"  # brings "entry" along
        user_cache.bump(user.pk)
        assert user_cache.get(user.pk, "entry", lambda: "new") == "new"


def test_outside_a_request_nothing_is_kept(round_trips):
    user = UserFactory()
    user_cache.read_ahead([("entry", ())])
    user_cache.get(user.pk, "entry", lambda: "value")
    round_trips.clear()
    assert user_cache.get(user.pk, "entry", _unused) == "value"
    assert user_cache.get(user.pk, "entry", _unused) == "value"
    assert len(round_trips) == 2


def test_a_warm_learner_page_reads_the_shared_cache_twice(client, home, round_trips):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)
    module, lessons = built[0]
    learner = UserFactory()
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    for page in (course, module, lessons[0]):
        client.get(page.url)
        client.get(page.url)
        round_trips.clear()
        assert client.get(page.url).status_code == 200
        assert len(round_trips) == 2, (page, round_trips)
