"""Whole pages for anonymous visitors, rendered once per content version.

A visitor who is not signed in and has no session (so no messages, no
passed password restriction, nothing of their own) sees a page exactly as
every other such visitor does, apart from the CSRF token. So the page is
rendered once in this process for each content version (elearning.content_cache:
publishing, moving or deleting a page, or saving a setting, starts a new
one), per path and language, with a placeholder for the token that is put
in on every request. A page opts in by serving through serve_cached() (the
course pages do, in modules.wagtail_hooks); whatever runs before it (view
restrictions, the lesson gate) runs on every request as before."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from elearning import content_cache
from elearning.fragments import CSRF_HOLE


def _key(request) -> tuple | None:
    """The page's key for this request, or None when the visitor may see something of their own."""
    if request.method != "GET" or request.META.get("QUERY_STRING") or getattr(request, "is_preview", False):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or request.user.is_authenticated:
        return None
    if getattr(request, "htmx", False):
        return None
    return ("elearning:anonymous-page", request.path, get_language(), getattr(request, "requested_language", None))


def serve_cached(page, request, serve, serve_args, serve_kwargs) -> HttpResponse:
    key = _key(request)
    if key is None:
        return serve(page, request, serve_args, serve_kwargs)
    cached = content_cache.local_get(key)
    if cached is None:
        response = serve(page, request, serve_args, serve_kwargs)
        if not isinstance(response, TemplateResponse) or response.status_code != 200 or response.is_rendered:
            return response
        response.context_data = {**(response.context_data or {}), "csrf_token": CSRF_HOLE}
        response.render()
        cached = (response.content.decode(response.charset), response["Content-Type"])
        content_cache.local_set(key, cached)
    html, content_type = cached
    return HttpResponse(html.replace(CSRF_HOLE, get_token(request)), content_type=content_type)
