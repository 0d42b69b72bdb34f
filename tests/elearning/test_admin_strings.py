"""The Wagtail admin screens our apps add speak bokmål (issue 16, item 13): a superuser walks the admin home, every
listing and add form of our viewsets and snippets, every admin view our apps register, and the edit form of
every page type, in nb, and no text on them is one of our own English source strings (a msgid of
locale/nb/django.po whose bokmål is different). Text, attribute values (title, placeholder, aria-label) and the
JSON Wagtail puts in data attributes for StreamField blocks and panels are all read."""

import contextlib
import json
import pathlib
import re

import polib
import pytest
import wagtail
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.test import RequestFactory
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.admin.viewsets import viewsets
from wagtail.models import Page

from tests.elearning.admin_urls import OUR_APPS, walk_urls
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

ATTRIBUTES = ("title", "placeholder", "aria-label", "aria-description", "alt")


def _english_msgids() -> set[str]:
    catalog = polib.pofile(str(settings.BASE_DIR / "locale" / "nb" / "LC_MESSAGES" / "django.po"))
    english = set()
    for entry in catalog:
        if entry.obsolete or not entry.msgstr or entry.msgstr == entry.msgid or "%" in entry.msgid:
            continue
        english |= {_norm(entry.msgid), capfirst(_norm(entry.msgid))}  # Django capitalises field labels
    ours = {entry.msgid for entry in catalog if entry.msgstr and not entry.obsolete}
    return english | {_norm(msgid) for msgid in _wagtail_gaps() - ours}


def _wagtail_gaps() -> set[str]:
    """Wagtail's own admin strings that its bokmål catalogue lacks (its English catalogue lists every msgid);
    elearning/wagtail_catalogue.py gives the ones our screens show a bokmål text in our catalogue."""
    gaps = set()
    for english in pathlib.Path(wagtail.__file__).parent.rglob("locale/en/LC_MESSAGES/django.po"):
        bokmal = english.parents[2] / "nb" / "LC_MESSAGES" / "django.po"
        if not bokmal.exists():
            continue
        translated = {entry.msgid for entry in polib.pofile(str(bokmal)) if entry.msgstr or entry.msgstr_plural}
        gaps |= {
            entry.msgid
            for entry in polib.pofile(str(english))
            if entry.msgid and not entry.msgid_plural and "%" not in entry.msgid and entry.msgid not in translated
        }
    return gaps


def _norm(text: str) -> str:
    return " ".join(str(text).split()).strip(" :*")


# The keys under which Wagtail's JSON (block definitions, the sidebar) carries text a person reads; the others
# hold names, icons and classes.
TEXT_KEYS = {"label", "help_text", "helpText", "title", "description", "placeholder", "text", "heading", "caption"}


def _json_strings(value, key=None):
    if isinstance(value, str):
        if key in TEXT_KEYS:
            yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _json_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item, key)


def _strings(html: str):
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        if tag.get("type") == "application/json":
            yield from _json_strings(json.loads(tag.string or "null"), "text")
        tag.decompose()
    yield from soup.find_all(string=True)
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name in ATTRIBUTES:
                yield value
            elif name.startswith("data-") and isinstance(value, str) and value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    yield from _json_strings(json.loads(value), "text")


def _english_on(html: str, english: set[str]) -> set[str]:
    found = set()
    for text in _strings(html):
        # Rich help texts and JSON may carry markup of their own.
        plain = re.sub(r"<[^>]+>", " ", str(text)) if "<" in str(text) else str(text)
        if _norm(plain) in english:
            found.add(_norm(plain))
    return found


def _our_admin_views() -> list[str]:
    """Admin URLs without parameters whose view lives in one of our apps."""
    paths = []
    for route, pattern in walk_urls(get_resolver()):
        module = getattr(pattern.callback, "__module__", "") or ""
        if "admin/" not in route or "<" in route or "(?P" in route or module.split(".")[0] not in OUR_APPS:
            continue
        paths.append("/" + route.lstrip("^").replace("^", "").replace("$", "").replace("\\", ""))
    return paths


def _viewset_pages() -> list[str]:
    paths = []
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if isinstance(model, str):
            model = apps.get_model(model)
        if model is None or model._meta.app_label not in OUR_APPS:
            continue
        for name in ("index", "add"):
            with contextlib.suppress(NoReverseMatch, AttributeError):
                paths.append(reverse(f"{viewset.get_url_namespace()}:{name}"))
    return paths


def test_our_admin_screens_show_no_english_source_strings_in_bokmal(client):
    english = _english_msgids()
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    paths = ["/admin/", *_our_admin_views(), *_viewset_pages()]
    found = {}
    with translation.override("nb"):
        for path in dict.fromkeys(paths):
            response = client.get(path, HTTP_ACCEPT_LANGUAGE="nb")
            html = response.status_code == 200 and "html" in response.get("Content-Type", "")
            if html and (hits := _english_on(response.content.decode(), english)):
                found[path] = sorted(hits)
        request = RequestFactory().get("/admin/")
        request.user = admin
        for model in apps.get_models():
            if not issubclass(model, Page) or model is Page or model._meta.app_label not in OUR_APPS:
                continue
            handler = model.get_edit_handler()
            form = handler.get_form_class()(instance=model(), for_user=admin)
            html = handler.get_bound_panel(instance=model(), request=request, form=form).render_form_content()
            if hits := _english_on(html, english):
                found[f"{model.__name__} edit form"] = sorted(hits)
    assert len(paths) > 10  # the walk found our screens
    assert not found, "English on bokmål admin screens:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())
