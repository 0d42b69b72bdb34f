"""The URL patterns of the project, walked from the resolver (not a list kept
by hand), and the data the security sweep fills them with.

A view added later is in the walk by itself. What the walk cannot know is
which id in its URL is private; ``PUBLIC_PARAMS`` lists the ids that name
public things (a course, a lesson, a theme session) and ``PUBLIC_ROUTES``
the few views anyone may use with another id: every other id names
something that belongs to someone, and the sweep expects a stranger to be
refused. A new id name must be added to ``Dataset.ids`` (tests/security/
conftest.py builds the rows); the sweep fails until it is, saying which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

# Namespaces of the product apps: the bad-input corpus and the ownership
# sweep run on every URL in them. New apps' namespaces are picked up by
# PRODUCT_APPS below (every app in the repository that has a urls module).
THIRD_PARTY_PREFIXES = ("admin/", "documents/", "accounts/", "_util/")

# Ids that name public things: anyone may act on them (enrol in a course,
# sign up for a session), so a stranger is not refused there.
PUBLIC_PARAMS = {
    ("modules", "course_id"),
    ("modules", "lesson_id"),
    ("modules", "document_id"),
    ("quizzes", "quiz_id"),
    ("quizzes", "lesson_id"),
    ("theme_sessions", "session_id"),
}

# Routes with a private-looking id that anyone may still use: a published
# cohort's page with its public facts, signing up for it and its calendar.
PUBLIC_ROUTES = {"cohorts:cohort", "cohorts:enrol", "cohorts:cancel", "cohorts:calendar"}

# Not ids: positions inside an object another id already names.
POSITION_PARAMS = {"number"}

_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    route: str  # "samarbeid/plan/<int:plan_id>/"
    namespace: str | None
    name: str | None
    is_regex: bool
    callback: Callable | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str:
        return f"{self.namespace}:{self.name}" if self.namespace else str(self.name)

    @property
    def params(self) -> list[tuple[str, str]]:
        return [(m["converter"] or "str", m["name"]) for m in _PARAM.finditer(self.route)]

    @property
    def int_params(self) -> list[str]:
        return [name for converter, name in self.params if converter in ("int", "id") and name not in POSITION_PARAMS]

    @property
    def private_params(self) -> list[str]:
        if self.label in PUBLIC_ROUTES:
            return []
        return [name for name in self.int_params if (self.namespace, name) not in PUBLIC_PARAMS]

    @property
    def is_product(self) -> bool:
        return not self.is_regex and not self.route.startswith(THIRD_PARTY_PREFIXES)

    def path(self, values: dict[str, str]) -> str:
        def fill(match):
            converter, name = match["converter"] or "str", match["name"]
            if name in values:
                return str(values[name])
            return {"int": "1", "id": "1", "token": "abcdefgh12345678"}.get(converter, "x")

        return "/" + _PARAM.sub(fill, self.route)


def _walk(patterns, prefix: str = "", namespace: str | None = None, regex: bool = False):
    for pattern in patterns:
        is_regex = regex or not isinstance(pattern.pattern, RoutePattern | LocalePrefixPattern)
        if isinstance(pattern, URLResolver):
            yield from _walk(
                pattern.url_patterns, prefix + str(pattern.pattern), pattern.namespace or namespace, is_regex
            )
        elif isinstance(pattern, URLPattern):
            yield Route(prefix + str(pattern.pattern), namespace, pattern.name, is_regex, pattern.callback)


def all_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns))


def product_routes() -> list[Route]:
    return [route for route in all_routes() if route.is_product]
