"""Data that the tests of a module start from, built once for the module.

Building a course, a cohort or a report's world takes a tenth of a second
to a second, which every test of a module used to pay before starting.
``@built_once`` turns a builder into a module-scoped fixture of its name;
tests take the data through a function-scoped fixture that asks for ``db``
and returns ``for_test(value)``:

    @built_once
    def _course():
        return build_course(...)

    @pytest.fixture
    def course(_course, db):
        return for_test(_course)

The data is built in a transaction that is rolled back after the module's
last test; each test runs in its own savepoint on top (pytest-django's
``django_db``), so what one test writes is gone for the next, and each test
gets its own deep copy of the objects the builder returned (as Django's
``setUpTestData`` does), so no test sees another's changes to them either.

The builder runs under the conditions tests/conftest.py gives a test: the
password hasher, staff without two-factor authentication, no search or
reference indexing, the default language, a media folder of its own (so
build nothing that writes files a test reads), and an in-memory cache of its own,
cleared afterwards, so that no entry written while building is found by a
test (each test starts with an empty cache, as before). Callbacks that it
registers with ``transaction.on_commit`` never run, as in a test; a test's
``django_capture_on_commit_callbacks`` sees only its own.

Shared data would change what some tests start from, so a module gets it
only if every test of the module that uses the database asks for it (a test
that does not would find it there all the same), none commits (a live
server, a worker, ``transaction=True``: it would commit inside the open
transaction) and none is marked ``search_index`` (it needs the data indexed
as it is written). Otherwise ``for_test`` builds the data for each test in
the test's own transaction, as before.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.test import override_settings
from django.utils import translation

# Fixtures that make a test commit its writes.
TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "live_server",
    "celery_worker",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


@dataclass(frozen=True)
class ModuleData:
    build: Callable[[], Any]
    shared: bool
    data: Any = None


def built_once(build: Callable[[], Any]):
    """``build`` as a module-scoped fixture of its name (see the module's
    docstring)."""

    @pytest.fixture(scope="module", name=build.__name__)
    def fixture(request, django_db_setup, django_db_blocker):
        if not can_share(request.session.items, request.module, build.__name__):
            yield ModuleData(build=build, shared=False)
            return
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            # As Django's TestCase marks its own: a durable atomic block in
            # the code under test may open inside it.
            outer._from_testcase = True
            outer.__enter__()
            try:
                media = request.getfixturevalue("tmp_path_factory").mktemp("built-once-media")
                with _test_conditions(request.module.__name__, media):
                    data = build()
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(*sys.exc_info())
                raise
        try:
            yield ModuleData(build=build, shared=True, data=data)
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return fixture


def for_test(module_data: ModuleData):
    """The data for one test: a copy of what was built once (one memo, so
    two references to one object stay one object), or built now."""
    if module_data.shared:
        return copy.deepcopy(module_data.data)
    return module_data.build()


def can_share(items, module, fixture_name: str) -> bool:
    """Whether every test of ``module`` can start from data built once (see
    the module's docstring)."""
    for item in items:
        if getattr(item, "module", None) is not module:
            continue
        names = set(getattr(item, "fixturenames", ()))
        marker = item.get_closest_marker("django_db")
        if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
            return False
        if names & TRANSACTIONAL_FIXTURES or item.get_closest_marker("search_index"):
            return False
        uses_database = "django_db_setup" in names or marker is not None
        if uses_database and fixture_name not in names:
            return False
    return True


@contextmanager
def _test_conditions(name: str, media_root) -> Iterator[None]:
    """What the autouse fixtures of tests/conftest.py give a test, and a
    media folder of its own (never the developer's media/)."""
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from tests.conftest import search_signals_disconnected

    search = {name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"built-once:{name}"}}
    with (
        override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            REQUIRE_STAFF_MFA=False,
            CACHES=cache,
            WAGTAILSEARCH_BACKENDS=search,
            MEDIA_ROOT=media_root,
        ),
        translation.override(settings.LANGUAGE_CODE),
        disable_reference_index_auto_update(),
        search_signals_disconnected(),
    ):
        try:
            yield
        finally:
            caches["default"].clear()
