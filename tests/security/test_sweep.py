"""The security sweep: every URL pattern of the project, found by walking
the resolver (tests/security/urlwalk.py), so a view added later is swept
without anyone listing it.

- Every URL with an id of something private (a plan, a story, an attempt,
  a registration …), asked for by a second user and by someone anonymous,
  with GET and with POST: refused (403 or 404; anonymous may be sent to the
  login page instead), never answered.
- Every POST without a CSRF token, to every URL of the project, the Wagtail
  admin and allauth included: 403.
- A corpus of bad input on every product URL, as the owner of everything and
  anonymously: bare words and other sites in ``next``, NUL bytes, huge ids,
  1 MB of text, invalid UTF-8, htmx requests with targets that do not exist.
  Never a 500.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import resolve_url
from django.test import Client

from tests.factories.accounts import UserFactory
from tests.security.urlwalk import all_routes, product_routes

pytestmark = pytest.mark.django_db

HUGE_ID = "99999999999999999999"
NASTY = "\x00<script>alert(1)</script>\u202e=HYPERLINK(1)"
RAW_SCRIPT = b"<script>alert(1)</script>"
MEGABYTE = "Æ" * (512 * 1024)  # 1 MB in UTF-8
HTMX_WRONG = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "finnes-ikke", "HTTP_HX_TRIGGER": "\x00"}
# Files, not pages with forms (and the PDFs take a second to make).
NOT_FORMS = (".pdf", ".ics", ".vtt", ".json")
# Run last: what these do as the owner takes the data away from the rest.
DESTRUCTIVE = re.compile(r"delete|remove|unshare|unenrol|cancel|slett|rotate")
REFUSED = {403, 404}
# Django REST framework views (Wagtail's admin API, wagtail-localize's
# string editor): exempt from the middleware, they check CSRF themselves for
# logged-in users and send everyone else to the login page.
EXPECTED_CSRF_EXEMPT = [
    *(f"{kind}:{view}" for kind in ("documents", "images") for view in ("detail", "find", "listing")),
    *(f"pages:{view}" for view in ("action", "detail", "find", "listing")),
    *(
        f"wagtail_localize:{view}"
        for view in ("edit_override", "edit_string_translation", "snippets_api_detail", "snippets_api_listing")
    ),
]


def _values(route, ids, by_namespace) -> dict:
    values = dict(ids)
    for (namespace, name), value in by_namespace.items():
        if namespace == route.namespace:
            values[name] = value
    return values


def _missing_ids(routes, ids, by_namespace) -> set[str]:
    return {
        f"{route.namespace}:{name}"
        for route in routes
        for name in route.int_params
        if name not in _values(route, ids, by_namespace)
    }


def test_the_dataset_names_every_id_in_the_urls(dataset):
    _owner, ids, by_namespace = dataset
    missing = _missing_ids(product_routes(), ids, by_namespace)
    assert not missing, f"Add rows for these URL ids to the dataset in tests/security/conftest.py: {missing}"


def _refused(response, *, anonymous: bool) -> bool:
    if response.status_code in REFUSED:
        return True
    login = resolve_url(settings.LOGIN_URL)
    return anonymous and response.status_code == 302 and response["Location"].startswith(login)


def test_private_objects_are_refused_to_a_second_user_and_to_anonymous(client, dataset):
    owner, ids, by_namespace = dataset
    stranger = Client()
    stranger.force_login(UserFactory())
    anonymous = Client()
    swept = []
    for route in product_routes():
        if not route.private_params:
            continue
        path = route.path(_values(route, ids, by_namespace))
        for who, caller in (("stranger", stranger), ("anonymous", anonymous)):
            answers = {method: getattr(caller, method)(path) for method in ("get", "post")}
            allowed = [r for r in answers.values() if r.status_code != 405]
            assert allowed, f"{route.label} answers 405 to everything"
            for method, response in answers.items():
                assert response.status_code == 405 or _refused(response, anonymous=who == "anonymous"), (
                    f"{who} {method.upper()} {path} ({route.label}) answered {response.status_code}"
                )
        swept.append(route.label)
    # The owner is answered: the refusals above are about who asks.
    client.force_login(owner)
    assert client.get(_values_path(product_routes(), "stories:detail", ids, by_namespace)).status_code == 200
    assert len(swept) >= 40, swept


def _values_path(routes, label, ids, by_namespace) -> str:
    route = next(r for r in routes if r.label == label)
    return route.path(_values(route, ids, by_namespace))


def csrf_refused(request, reason=""):
    return HttpResponseForbidden(reason)


@pytest.mark.engine_independent  # the middleware refuses before any view or query of the view runs
def test_every_post_without_a_csrf_token_is_refused(dataset, settings):
    # The middleware decides; a bare failure view keeps 900 refusals quick
    # (the site's own page for it is tested in tests/elearning).
    settings.CSRF_FAILURE_VIEW = "tests.security.test_sweep.csrf_refused"
    owner, ids, by_namespace = dataset
    exempt = sorted(route.label for route in all_routes() if getattr(route.callback, "csrf_exempt", False))
    assert exempt == EXPECTED_CSRF_EXEMPT, exempt
    for logged_in in (True, False):
        caller = Client(enforce_csrf_checks=True)
        if logged_in:
            caller.force_login(owner)
        for route in all_routes():
            if route.is_regex and route.name != "wagtail_serve":
                continue
            path = "/" if route.name == "wagtail_serve" else route.path(_values(route, ids, by_namespace))
            response = caller.post(path, {"text": "x"})
            if route.label in EXPECTED_CSRF_EXEMPT:
                # Refused one way or another: CSRF, method or login.
                assert response.status_code in {302, 403, 405}, f"POST {path}: {response.status_code}"
                continue
            assert response.status_code == 403, f"POST {path} ({route.label}) without CSRF: {response.status_code}"


def _field_names(response) -> list[str]:
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return []
    names = re.findall(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', response.content.decode())
    return sorted(set(names) - {"csrfmiddlewaretoken"})


def _bad_requests(caller, route, values):
    path = route.path(values)
    fields = []
    if not path.endswith(NOT_FORMS):  # files, no forms; their ids get the huge-id requests
        response = caller.get(path, {"next": "foo", "page": "-1", "q": NASTY, "kommentar": NASTY})
        yield "GET query", response
        fields = _field_names(response)
    if route.int_params:
        huge = route.path({**values, **dict.fromkeys(route.int_params, HUGE_ID)})
        yield "GET huge id", caller.get(huge)
        yield "POST huge id", caller.post(huge)
    fields = fields or ["text", "title", "name", "email", "comment", "action"]
    yield "POST NUL htmx", caller.post(path, {**dict.fromkeys(fields, NASTY), "next": "//evil.example"}, **HTMX_WRONG)
    yield (
        "POST 1 MB, next a word",
        caller.post(path, {**dict.fromkeys(fields, "Tekst"), fields[0]: MEGABYTE, "next": "NaN"}),
    )
    body = "&".join(f"{name}=%FF%FE%00" for name in fields).encode() + b"&next=\xff\xfe"
    yield "POST invalid UTF-8", caller.post(path, body, content_type="application/x-www-form-urlencoded")


def test_bad_input_never_gives_a_500(dataset):
    owner, ids, by_namespace = dataset
    routes = sorted(product_routes(), key=lambda r: bool(DESTRUCTIVE.search(r.name or "")))
    owner_client = Client(raise_request_exception=False)
    owner_client.force_login(owner)
    for caller in (Client(raise_request_exception=False), owner_client):
        for route in routes:
            for label, response in _bad_requests(caller, route, _values(route, ids, by_namespace)):
                assert response.status_code < 500, f"{label} {route.label}: {response.status_code}"
                # What was sent comes back escaped, if at all (reflected XSS).
                assert RAW_SCRIPT not in getattr(response, "content", b""), f"{label} {route.label} echoes markup"
    for path in ("/brukerinnlegg/%FF%FE/", "/samarbeid/plan/%00/", "/%C0%AF/", "/sok/?q=%FF%00"):
        assert owner_client.get(path).status_code < 500, path
