"""The structure version: one cache entry whose value changes whenever a
course page is saved, deleted or moved (modules.signals). Cached course
structures, lesson lists and ancestor lists put it in their keys, so a new
version makes every one of them miss and be read again."""

import uuid

from django.core.cache import cache

STRUCTURE_VERSION_KEY = "modules:structure-version"
# Structures and lesson bodies change only with a new version or revision
# (both are in their keys); the time limit only clears out old entries.
BODY_CACHE_SECONDS = 7 * 24 * 3600


def structure_version() -> str:
    version = cache.get(STRUCTURE_VERSION_KEY)
    if version is None:
        cache.add(STRUCTURE_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(STRUCTURE_VERSION_KEY) or "0"
    return version


def structure_version_bump() -> None:
    cache.set(STRUCTURE_VERSION_KEY, uuid.uuid4().hex, None)
