"""Which language a page is shown in, and where each language's version of
the current page is.

Content is written in bokmål first; a page may not exist in nynorsk or
English yet. Such a page is shown whole in the language it exists in (the
interface too, with ``<html lang>`` to match), with a note in the language
the visitor asked for: never Norwegian text read by an English voice
(WCAG 3.1.1/3.1.2).

The language switcher links to the same path under each language's prefix
(bokmål has none); when that path leads to a page in another language and
Wagtail has a live translation of it, the visitor is sent to the
translation. So the switcher costs no query on a page. Links need no JavaScript, no form and
no cookie, and they work from any language (the old form posted a ``next``
with the prefix, which Django's ``set_language`` turned into ``/nn/en/…``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.utils import translation
from wagtail.models import Locale, Page


def strip_language_prefix(path: str) -> str:
    """``/en/kurs/`` → ``/kurs/``; a path without a prefix is returned as it is."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
        if path == prefix[:-1]:
            return "/"
    return path


def with_language_prefix(path: str, code: str) -> str:
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


_locale_codes: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """The language code of a Wagtail locale, without a query on every page:
    locales are few and never change code, so the map is kept per process
    and read again only for a locale it does not know yet."""
    if locale_id not in _locale_codes:
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes[locale_id]


def serve_in_page_language(page: Page, request: HttpRequest) -> HttpResponseRedirect | None:
    """Before Wagtail serves ``page``: if it is not in the active language,
    send the visitor to its translation, or else show it in its own language
    and remember what the visitor asked for (``request.requested_language``,
    for the note in base.html)."""
    requested = translation.get_language()
    content = locale_code(page.locale_id)
    if translation.get_supported_language_variant(requested) == content:
        return None
    locale = Locale.objects.filter(language_code=requested).first()
    other = page.get_translation_or_none(locale) if locale else None
    if other is not None and other.live:
        return HttpResponseRedirect(other.get_url(request))
    request.requested_language = requested
    translation.activate(content)
    request.LANGUAGE_CODE = content
    return None


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


def language_links(request: HttpRequest) -> list[LanguageLink]:
    """One link per language to this page in that language."""
    current = getattr(request, "requested_language", None) or translation.get_language()
    path = strip_language_prefix(request.path)
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        url = with_language_prefix(path, code) + (f"?{query}" if query else "")
        info = translation.get_language_info(code)
        links.append(LanguageLink(code=code, name=info["name_local"], url=url, current=code == current))
    return links


__all__ = ["LanguageLink", "language_links", "serve_in_page_language", "strip_language_prefix"]
