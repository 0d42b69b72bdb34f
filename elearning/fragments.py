"""Template fragments rendered once per content version, with holes for
what differs per request.

A fragment that shows only content (pages, settings) and the same words
for everyone who shares its key is rendered once in this process for each
content version (elearning.content_cache): publishing, moving or deleting
a page, or saving a setting, starts a new version and so a fresh render.
The CSRF token (a form's hidden field) and any other per-request part the
fragment names as a hole are rendered as a placeholder the first time and
put in on every request."""

from __future__ import annotations

from collections.abc import Callable

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from elearning import content_cache

CSRF_HOLE = "elearningfragmentcsrfhole"


def render_with_csrf_hole(request, template_name: str, context: dict) -> str:
    """``template_name`` rendered for ``request`` with the CSRF token as a
    placeholder, to be kept and filled in per request by fill_csrf()."""
    return render_to_string(template_name, {**context, "csrf_token": CSRF_HOLE}, request=request)


def fill_csrf(request, html: str, csrf_token=None) -> SafeString:
    """``html`` with the CSRF token put in: the page template's own (``csrf_token``,
    so the request masks one token, not one per use), else a new one."""
    if CSRF_HOLE in html:
        html = html.replace(CSRF_HOLE, str(csrf_token) if csrf_token is not None else get_token(request))
    return mark_safe(html)  # noqa: S308 (rendered templates)


def _hole(name: str) -> str:
    return f"elearningfragmenthole{name}"


def render_once(
    context, template_name: str, key: tuple, holes: dict[str, Callable[[], str]] | None = None
) -> SafeString:
    """``template_name`` rendered with ``context`` once per content version
    for ``key`` (which must name everything the fragment shows apart from
    content and the active language, which is added to it). Each entry of
    ``holes`` is a context variable the fragment prints as it is (``{{ name }}``):
    its function gives the HTML for this request."""
    holes = holes or {}

    def render() -> str:
        values = {name: mark_safe(_hole(name)) for name in holes}  # noqa: S308 (a placeholder of ours)
        with context.push(csrf_token=CSRF_HOLE, **values):
            return context.template.engine.get_template(template_name).render(context)

    html = content_cache.local(("elearning:fragment", template_name, get_language(), *key), render)
    if CSRF_HOLE in html:
        html = html.replace(CSRF_HOLE, str(context.get("csrf_token", "")))
    for name, fill in holes.items():
        html = html.replace(_hole(name), str(fill()))
    return mark_safe(html)  # noqa: S308 (rendered templates)
