"""What the pages read about one signed-in user, cached per user version.

Each user has a version, a random token in the shared cache (Redis in
production). Every entry cached for the user (the user with their profile,
their course progress) is stored with the version it was read under, and
both are fetched in one round trip (get()): an entry counts only while the
user's version is the one it was stored with.

Whatever changes what is cached for a user starts a new version (bump()):
saving or deleting the models the entries are read from (the apps connect
their models with connect_models()), and the services that write with a
queryset update, which sends no signal. bump() starts a new version at once,
so the rest of the same request and transaction reads afresh, and again
when the transaction commits, so an entry another process stored while the
transaction was open, read from the data before it, is not used.

An entry may also show rows other users write (a leader's waiting
submissions, a teaching plan the user's team edits): it then names the
shared versions it reads (get_all(), Entry.shared), each a random token
like a user's, started anew by any save or delete of the models connected
to it (connect_shared()) and by bump_shared() after a queryset update. An
entry that shows content names the content version too (Entry.content).
A page section says what it reads with @reads(...) (see modules.learner_html).

In a request (between request_started and request_finished) the reads share
round trips: a page says before the user is read which entries it will read
(read_ahead()), and the first read of a user's entry fetches them with it
and with the versions they hold under; a later read in the request takes
them from there. An entry is handed out once (a second read of it fetches it
again, so no two callers share one object), and any bump forgets what the
request fetched."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language

from elearning import content_cache

# Entries and versions change with a bump, not with time; the limit only clears out users who stopped coming.
SECONDS = 24 * 3600


def _version_key(user_id) -> str:
    return f"elearning:user-version:{user_id}"


def _entry_key(user_id, name: str) -> str:
    return f"elearning:user:{user_id}:{name}"


def _shared_key(name: str) -> str:
    return f"elearning:shared-version:{name}"


# In a request: .found, the keys fetched from the shared cache in it (None for a missing
# one), and .ahead, the (entry name, shared version names) the page will read.
_request = threading.local()


def _request_started(**kwargs) -> None:
    _request.found, _request.ahead = {}, []


def _request_finished(**kwargs) -> None:
    _request.found, _request.ahead = None, None


request_started.connect(_request_started, dispatch_uid="elearning-user-cache-request-started")
request_finished.connect(_request_finished, dispatch_uid="elearning-user-cache-request-finished")


def read_ahead(entries: Iterable[tuple[str, Iterable[str]]]) -> None:
    """The entries (name, the shared versions it reads) this request will
    read: fetched with the first entry read of the (signed-in) user, in the
    same round trip. Nothing outside a request."""
    ahead = getattr(_request, "ahead", None)
    if ahead is not None:
        ahead.extend((name, tuple(shared)) for name, shared in entries)


def _fetch(user_id, versions: list[str], entries: list[str]) -> dict:
    """The values of the version and entry keys in the shared cache (a
    missing key is left out): in a request, what it fetched already, the
    rest in one round trip with the entries read ahead."""
    found = getattr(_request, "found", None)
    if found is None:
        return cache.get_many(versions + entries)
    keys = versions + entries
    if any(key not in found for key in keys):
        for name, shared in _request.ahead:
            keys += [_version_key(user_id), _entry_key(user_id, name), *(_shared_key(n) for n in shared)]
        keys = [key for key in dict.fromkeys(keys) if key not in found]
        values = cache.get_many(keys)
        found.update({key: values.get(key) for key in keys})
    values = {key: found[key] for key in versions if found[key] is not None}
    for key in entries:  # handed out once
        value = found.pop(key)
        if value is not None:
            values[key] = value
    return values


def _remember(values: dict) -> None:
    found = getattr(_request, "found", None)
    if found is not None:
        found.update(values)


def _forget() -> None:
    found = getattr(_request, "found", None)
    if found is not None:
        found.clear()


def page_scope(request) -> str:
    """The part of a page entry's name that its rendering depends on besides
    versions: the site (host), the language and today's date."""
    return f"{request.get_host()}:{get_language()}:{timezone.localdate().isoformat()}"


def get(user_id, name: str, compute: Callable[[], Any]):
    """The entry ``name`` of user ``user_id``: from the cache while it was
    stored under the user's current version, else ``compute()`` (stored)."""
    version_key, entry_key = _version_key(user_id), _entry_key(user_id, name)
    found = _fetch(user_id, [version_key], [entry_key])
    version = found.get(version_key)
    entry = found.get(entry_key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1]
    if version is None:
        cache.add(version_key, uuid.uuid4().hex, SECONDS)
        version = cache.get(version_key)
        _remember({version_key: version})
    value = compute()
    if version is not None:
        cache.set(entry_key, (version, value), SECONDS)
    return value


def _new_version(user_id) -> None:
    cache.set(_version_key(user_id), uuid.uuid4().hex, SECONDS)
    _forget()


def bump(user_id) -> None:
    """Every entry of user ``user_id`` is read afresh: now, and after the transaction commits."""
    if user_id is None:
        return
    _new_version(user_id)
    transaction.on_commit(lambda: _new_version(user_id))


def _changed(sender, instance, **kwargs) -> None:
    bump(instance.pk if isinstance(instance, get_user_model()) else instance.user_id)


def connect_models(*models) -> None:
    """Saving or deleting a row of these models (the user model, or models
    with a ``user_id``) starts a new version for its user."""
    for model in models:
        uid = f"elearning-user-cache-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")


@dataclass(frozen=True)
class Entry:
    """One entry for get_all(): ``compute()`` gives its value; it holds while
    the user's version, the ``shared`` versions, the versions of the other
    ``users`` and (with ``content``) the content version are those it was
    stored under, and ``valid(value)`` (if
    given) is true — for a value that changes with the time."""

    name: str
    compute: Callable[[], Any]
    shared: tuple[str, ...] = ()
    content: bool = False
    valid: Callable[[Any], bool] | None = None
    users: tuple[int, ...] = ()  # other users whose versions it holds under too (a leader's page of their members)


def get_all(user_id, entries: Iterable[Entry]) -> list:
    """The values of ``entries`` for user ``user_id``: one round trip to the
    shared cache when they all hold; those that do not are computed and
    stored together."""
    entries = list(entries)
    version_keys = [_version_key(user_id), *sorted({_shared_key(n) for e in entries for n in e.shared})]
    version_keys += sorted({_version_key(u) for e in entries for u in e.users} - {version_keys[0]})
    entry_keys = [_entry_key(user_id, e.name) for e in entries]
    found = _fetch(user_id, version_keys, entry_keys)
    missing = [key for key in version_keys if found.get(key) is None]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, SECONDS)
        added = cache.get_many(missing)
        _remember(added)
        found.update(added)
    content = content_cache.version() if any(e.content for e in entries) else ""
    values, store = [], {}
    for entry, key in zip(entries, entry_keys, strict=True):
        stamp = (
            found.get(version_keys[0]),
            content if entry.content else "",
            *(found.get(_shared_key(name)) for name in entry.shared),
            *(found.get(_version_key(user)) for user in entry.users),
        )
        cached = found.get(key)
        if cached is not None and cached[0] == stamp and (entry.valid is None or entry.valid(cached[1])):
            values.append(cached[1])
            continue
        value = entry.compute()
        if None not in stamp:
            store[key] = (stamp, value)
        values.append(value)
    if store:
        cache.set_many(store, SECONDS)
    return values


def _new_shared_version(name: str) -> None:
    cache.set(_shared_key(name), uuid.uuid4().hex, SECONDS)
    _forget()


def bump_shared(name: str) -> None:
    """Every entry that reads the shared version ``name`` is read afresh: now, and after the transaction commits."""
    _new_shared_version(name)
    transaction.on_commit(lambda: _new_shared_version(name))


def connect_shared(name: str, *models, m2m=(), changed: Callable[..., bool] | None = None) -> None:
    """Saving or deleting a row of ``models`` (or relinking ``m2m``
    through-models) starts a new shared version ``name``; ``changed(sender,
    instance, **kwargs)``, if given, may say a save changed nothing the
    entries show."""

    def receiver(sender, instance=None, **kwargs) -> None:
        if changed is None or changed(sender, instance, **kwargs):
            bump_shared(name)

    connect_shared.receivers.append(receiver)  # the signals keep weak references
    SHARED.add(name)
    for model in models:
        uid = f"elearning-shared-{name}-{model._meta.label_lower}"
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-delete")
    for through in m2m:
        m2m_changed.connect(
            receiver, sender=through, dispatch_uid=f"elearning-shared-{name}-{through._meta.label_lower}"
        )


connect_shared.receivers = []
SHARED: set[str] = set()  # the names connected


def bump_all_shared() -> None:
    """After a bulk write that sends no signal (bulk_create, generated load data): every shared version anew."""
    for name in SHARED:
        bump_shared(name)


def reads(*shared: str):
    """Marks a page section's hook function (``learner_dashboard_sections``)
    as showing only the user's own cached state, content and the shared
    versions ``shared``: its rendered HTML may be cached per user
    (modules.learner_html). A section without it is rendered on every request."""

    def mark(fn):
        fn.user_cache_reads = tuple(shared)
        return fn

    return mark
