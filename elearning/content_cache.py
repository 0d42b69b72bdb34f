"""The content version, and what each process keeps in memory under it.

Content is what editors change and learners only read: pages, sites,
locales, site settings and view restrictions. One version, a random token
in the shared cache (Redis in production), changes whenever any of them is
saved, deleted or moved (the signals in connect()). Everything cached from
content puts the version in its key, or lives in this process's memory
under it (local()): a new version, from any process, makes all of it miss
and be read again on the next request.

The version is read from the shared cache once per request (request_started
clears what the thread remembered, so a change made by another process is
seen by the next request), and on every call outside a request (tasks,
shell, tests)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

VERSION_KEY = "elearning:content-version"
# Entries this process keeps for the current version before it starts over.
MAX_LOCAL_ENTRIES = 5000

_request = threading.local()  # .version: the version read in this request, or None
_local: dict[Any, Any] = {}
_local_version: list[str | None] = [None]


def version() -> str:
    remembered = getattr(_request, "version", None)
    if remembered is not None:
        return remembered
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY) or "0"
    if getattr(_request, "active", False):
        _request.version = current
    return current


def read_with_version(keys: list[str]) -> dict:
    """``keys`` from the shared cache (a missing one left out), in the same
    round trip as the content version when the request has not read it yet."""
    if not getattr(_request, "active", False) or getattr(_request, "version", None) is not None:
        return cache.get_many(keys)
    found = cache.get_many([VERSION_KEY, *keys])
    current = found.pop(VERSION_KEY, None)
    if current is not None:
        _request.version = current
    return found


def bump() -> None:
    """Start a new content version: every process reads content afresh."""
    new = uuid.uuid4().hex
    cache.set(VERSION_KEY, new, None)
    _local.clear()
    _local_version[0] = None
    if getattr(_request, "active", False):
        _request.version = new


_MISSING = object()


def _entries() -> dict:
    current = version()
    if _local_version[0] != current:
        _local.clear()
        _local_version[0] = current
    return _local


def local_get(key, default=None):
    """What this process keeps under ``key`` for the current content version, or ``default``."""
    return _entries().get(key, default)


def local_set(key, value) -> None:
    entries = _entries()
    if len(entries) >= MAX_LOCAL_ENTRIES:
        entries.clear()
    entries[key] = value


def local(key, compute: Callable[[], Any]):
    """``compute()`` once per content version in this process; ``key`` names the value (hashable)."""
    value = local_get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        local_set(key, value)
    return value


def _request_started(**kwargs) -> None:
    _request.active = True
    _request.version = None


def _request_finished(**kwargs) -> None:
    _request.active = False
    _request.version = None


CONTENT_MODELS = (Page, Site, Locale, PageViewRestriction, BaseSiteSetting)


def _content_changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, CONTENT_MODELS):
        bump()


def _page_moved(**kwargs) -> None:
    bump()


def connect() -> None:
    request_started.connect(_request_started, dispatch_uid="elearning-content-request-started")
    request_finished.connect(_request_finished, dispatch_uid="elearning-content-request-finished")
    post_save.connect(_content_changed, dispatch_uid="elearning-content-save")
    post_delete.connect(_content_changed, dispatch_uid="elearning-content-delete")
    post_page_move.connect(_page_moved, dispatch_uid="elearning-content-move")
