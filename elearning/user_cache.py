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
transaction was open, read from the data before it, is not used."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

# Entries and versions change with a bump, not with time; the limit only clears out users who stopped coming.
SECONDS = 24 * 3600


def _version_key(user_id) -> str:
    return f"elearning:user-version:{user_id}"


def _entry_key(user_id, name: str) -> str:
    return f"elearning:user:{user_id}:{name}"


def get(user_id, name: str, compute: Callable[[], Any]):
    """The entry ``name`` of user ``user_id``: from the cache while it was
    stored under the user's current version, else ``compute()`` (stored)."""
    version_key, entry_key = _version_key(user_id), _entry_key(user_id, name)
    found = cache.get_many([version_key, entry_key])
    version = found.get(version_key)
    entry = found.get(entry_key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1]
    if version is None:
        cache.add(version_key, uuid.uuid4().hex, SECONDS)
        version = cache.get(version_key)
    value = compute()
    if version is not None:
        cache.set(entry_key, (version, value), SECONDS)
    return value


def _new_version(user_id) -> None:
    cache.set(_version_key(user_id), uuid.uuid4().hex, SECONDS)


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
