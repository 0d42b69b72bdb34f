"""The structure version of the course tree is the site's content version
(elearning.content_cache): it changes whenever a page is saved, deleted or
moved, so cached course structures, lesson lists and ancestor lists, which
put it in their keys, are read again."""

from elearning import content_cache

# Structures and lesson bodies change only with a new version or revision
# (both are in their keys); the time limit only clears out old entries.
BODY_CACHE_SECONDS = 7 * 24 * 3600


def structure_version() -> str:
    return content_cache.version()


def structure_version_bump() -> None:
    content_cache.bump()
