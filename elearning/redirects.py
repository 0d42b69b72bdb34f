"""The one way to follow a ``next`` parameter.

``next`` comes from the request, so it is untrusted: it may name another
site (``https://evil.example``, ``//evil.example``), or be a bare word
(``foo``, ``NaN``) that ``django.shortcuts.redirect`` would take for a view
name and answer with a 500. ``next_path`` keeps only a path on this site,
and the redirect is built from that path alone, never resolved as a name.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

_MAX_LENGTH = 2000


def next_path(request: HttpRequest, fallback: str) -> str:
    """The ``next`` of the POST (or else the query string) as a path on this
    site with its query and fragment, or ``fallback`` when it is missing or
    anything but a local path."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if not target or len(target) > _MAX_LENGTH or "\x00" in target:
        return fallback
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    parts = urlsplit(target)
    # Only the path is kept: a local absolute URL loses its scheme and host,
    # and a bare word (no leading slash) is no path at all.
    if not parts.path.startswith("/") or parts.path.startswith("//") or "\\" in parts.path:
        return fallback
    return urlunsplit(("", "", parts.path, parts.query, parts.fragment))


def redirect_next(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Redirect to ``next_path(request, fallback)``."""
    return HttpResponseRedirect(next_path(request, fallback))
