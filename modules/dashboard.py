"""The body of "Mine kurs", rendered once per state of the learner.

The list of courses shows the learner's enrolments, completions and
certificates (their user version, elearning.user_cache) and content (the
content version); it is kept until one of those changes, or until the next
module of one of the courses opens (the earliest "available from" still to
come). Each section another app adds through the
``learner_dashboard_sections`` hook is kept the same way when its function
says what it reads (@user_cache.reads: the user's own state, content and the
named shared versions, e.g. "cohorts"); a section without it is rendered on
every request. Every entry is per site, language and day (dates shown, cohorts
that are current), and all of them are fetched in one round trip. The
CSRF token is put in on every request."""

from __future__ import annotations

from functools import partial

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail import hooks

from elearning import user_cache
from elearning.fragments import CSRF_HOLE
from modules import selectors

SECTIONS_HOOK = "learner_dashboard_sections"
COURSES_TEMPLATE = "modules/partials/dashboard_courses.html"


def _render(request, template: str, context: dict) -> str:
    return render_to_string(template, {**context, "csrf_token": CSRF_HOLE}, request=request)


def _courses(request) -> tuple[str, float | None]:
    """The list of courses, and when it changes with the time (a timestamp, or None)."""
    now = timezone.now()
    items = selectors.dashboard(user=request.user, request=request)
    opening = [m.available_from for item in items for m in item.modules if m.available_from and m.available_from > now]
    html = _render(
        request,
        COURSES_TEMPLATE,
        {"items": items, "catalogue_url": None if items else selectors.catalogue_url(request=request)},
    )
    return html, min(opening).timestamp() if opening else None


def _still_valid(value) -> bool:
    _html, until = value
    return until is None or timezone.now().timestamp() < until


def _section(request, fn) -> str:
    section = fn(request)
    return _render(request, section["template"], {"section": section}) if section else ""


def body(request) -> SafeString:
    """The page's content: the courses, then the sections in the hooks' order."""
    functions = hooks.get_hooks(SECTIONS_HOOK)
    scope = f"{request.get_host()}:{get_language()}:{timezone.localdate().isoformat()}"
    entries = [
        user_cache.Entry(f"modules:dashboard:{scope}", partial(_courses, request), content=True, valid=_still_valid)
    ]
    for fn in functions:
        shared = getattr(fn, "user_cache_reads", None)
        if shared is not None:
            name = f"modules:dashboard-section:{fn.__module__}.{fn.__qualname__}:{scope}"
            entries.append(user_cache.Entry(name, partial(_section, request, fn), shared=shared, content=True))
    values = iter(user_cache.get_all(request.user.pk, entries))
    parts = [next(values)[0]]
    for fn in functions:
        parts.append(next(values) if getattr(fn, "user_cache_reads", None) is not None else _section(request, fn))
    html = "".join(parts)
    if CSRF_HOLE in html:
        html = html.replace(CSRF_HOLE, get_token(request))
    return mark_safe(html)  # noqa: S308 (rendered templates)
