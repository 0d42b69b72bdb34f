"""The security sweep: every URL pattern of the project, found by walking
the resolver (tests/security/urlwalk.py), so a view added later is swept
without anyone listing it.

- Every URL with an id of something private (a plan, a story, an attempt,
  a registration …), asked for by a second user and by someone anonymous,
  with GET and with POST: refused with the one answer ``REFUSALS`` names
  for it (404, 403, 405 for a method the view does not take, or the login
  page), never answered.
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
# Django REST framework views (Wagtail's admin API, wagtail-localize's
# string editor): exempt from the middleware, they check CSRF themselves for
# logged-in users (403). Without a login, the admin API refuses (403) and
# wagtail-localize sends the visitor to the admin's login page (302).
# Label: (signed in, anonymous).
EXPECTED_CSRF_EXEMPT = {
    **{f"{kind}:{view}": (403, 403) for kind in ("documents", "images") for view in ("detail", "find", "listing")},
    **{f"pages:{view}": (403, 403) for view in ("action", "detail", "find", "listing")},
    **{
        f"wagtail_localize:{view}": (403, 302)
        for view in ("edit_override", "edit_string_translation", "snippets_api_detail", "snippets_api_listing")
    },
}
LOGIN = "login"  # a redirect to the login page
# The one answer each URL with a private id gives a stranger (signed in) and an
# anonymous visitor: ((GET, POST) of the stranger, (GET, POST) of the anonymous).
# 405 is a method the view does not take: a view that checks the method before
# the login says so to an anonymous visitor too. The examples library is open
# without a login, so a plan that is not a published example is a 404 to anyone.
REFUSALS = {
    "assignments:assess": ((405, 404), (LOGIN, LOGIN)),
    "assignments:assignment": ((404, 405), (LOGIN, LOGIN)),
    "assignments:comment": ((405, 404), (LOGIN, LOGIN)),
    "assignments:feedback": ((405, 404), (LOGIN, LOGIN)),
    "assignments:file": ((404, 405), (LOGIN, LOGIN)),
    "assignments:file_delete": ((405, 404), (LOGIN, LOGIN)),
    "assignments:final_plan_submit": ((405, 404), (LOGIN, LOGIN)),
    "assignments:plan": ((404, 405), (LOGIN, LOGIN)),
    "assignments:submission": ((404, 405), (LOGIN, LOGIN)),
    "assignments:submit": ((405, 404), (LOGIN, LOGIN)),
    "cohorts:attendance": ((404, 404), (LOGIN, LOGIN)),
    "cohorts:attendance_import": ((405, 404), (405, LOGIN)),
    "cohorts:cohort_message": ((404, 404), (LOGIN, LOGIN)),
    "cohorts:group": ((404, 405), (LOGIN, 405)),
    "cohorts:group_attendance": ((404, 404), (LOGIN, LOGIN)),
    "cohorts:group_message": ((404, 404), (LOGIN, LOGIN)),
    "cohorts:group_messages": ((404, 405), (LOGIN, 405)),
    "cohorts:member": ((404, 405), (LOGIN, 405)),
    "cohorts:overview": ((404, 405), (LOGIN, 405)),
    "cohorts:progress": ((404, 405), (LOGIN, 405)),
    "coteaching:comment_add": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:comment_delete": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:example": ((404, 405), (404, 405)),
    "coteaching:example_pdf": ((404, 405), (404, 405)),
    "coteaching:invitation_cancel": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:invite": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:member_remove": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:part_add": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:part_delete": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:part_edit": ((404, 404), (LOGIN, LOGIN)),
    "coteaching:part_move": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:plan": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:plan_pdf": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:plan_print": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:plan_rename": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:publish": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:schedule": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:section": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:section_edit": ((404, 404), (LOGIN, LOGIN)),
    "coteaching:section_history": ((404, 405), (LOGIN, LOGIN)),
    "coteaching:section_restore": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:session_add": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:session_delete": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:session_edit": ((404, 404), (LOGIN, LOGIN)),
    "coteaching:session_move": ((405, 404), (LOGIN, LOGIN)),
    "coteaching:team": ((404, 405), (LOGIN, LOGIN)),
    "evaluations:course": ((404, 404), (LOGIN, LOGIN)),
    "evaluations:course_end": ((404, 404), (LOGIN, LOGIN)),
    "evaluations:day": ((404, 404), (LOGIN, LOGIN)),
    "evaluations:follow_up": ((404, 404), (LOGIN, LOGIN)),
    "evaluations:results": ((404, 405), (LOGIN, LOGIN)),
    "modules:certificate_download": ((404, 405), (LOGIN, 405)),
    "quizzes:attempt": ((404, 405), (LOGIN, 405)),
    "quizzes:question": ((404, 404), (LOGIN, LOGIN)),
    "quizzes:review": ((404, 405), (LOGIN, 405)),
    "quizzes:submit": ((404, 404), (LOGIN, LOGIN)),
    "stories:comment": ((405, 404), (LOGIN, LOGIN)),
    "stories:delete": ((404, 404), (LOGIN, LOGIN)),
    "stories:detail": ((404, 405), (LOGIN, LOGIN)),
    "stories:share": ((404, 404), (LOGIN, LOGIN)),
    "stories:step": ((404, 404), (LOGIN, LOGIN)),
    "stories:unshare": ((405, 404), (LOGIN, LOGIN)),
    "theme_sessions:cancel": ((405, 403), (LOGIN, LOGIN)),
    "theme_sessions:certificate": ((404, 405), (LOGIN, LOGIN)),
}


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


def _answer(response) -> int | str:
    """The status code, or LOGIN for a redirect to the login page."""
    if response.status_code == 302 and response["Location"].startswith(resolve_url(settings.LOGIN_URL)):
        return LOGIN
    return response.status_code


def test_private_objects_are_refused_to_a_second_user_and_to_anonymous(client, dataset):
    owner, ids, by_namespace = dataset
    stranger = Client()
    stranger.force_login(UserFactory())
    anonymous = Client()
    private = [route for route in product_routes() if route.private_params]
    labels = {route.label for route in private}
    assert labels == set(REFUSALS), (
        f"Name the answers of these in REFUSALS: {sorted(labels - set(REFUSALS))}; "
        f"no longer private routes: {sorted(set(REFUSALS) - labels)}"
    )
    swept = []
    for route in private:
        path = route.path(_values(route, ids, by_namespace))
        assert REFUSALS[route.label][0] != (405, 405), f"{route.label} answers 405 to everything"
        for who, caller, expected in zip(
            ("stranger", "anonymous"), (stranger, anonymous), REFUSALS[route.label], strict=True
        ):
            for method, status in zip(("get", "post"), expected, strict=True):
                answer = _answer(getattr(caller, method)(path))
                assert answer == status, f"{who} {method.upper()} {path} ({route.label}): {answer}, expected {status}"
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
    assert exempt == sorted(EXPECTED_CSRF_EXEMPT), exempt
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
                expected = EXPECTED_CSRF_EXEMPT[route.label][0 if logged_in else 1]
                assert response.status_code == expected, f"POST {path} ({route.label}): {response.status_code}"
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
