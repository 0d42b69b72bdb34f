"""Defect 5: a NUL byte (or any other character no token has) in a token
URL is a 404 before a view or the database sees it; PostgreSQL answered a
DataError, so a 500."""

import pytest
from django.urls import Resolver404, resolve, reverse

from tests.factories.coteaching import InvitationFactory
from tests.factories.modules import CourseInvitationFactory
from theme_sessions.services import calendar_token_for

pytestmark = pytest.mark.django_db

TOKEN_URLS = [
    "/kurs-handling/invitasjon/{}/",
    "/samarbeid/invitasjon/{}/",
    "/temasamlinger-handling/kalender/{}.ics",
    "/temasamlinger-handling/gjest/{}/",
    "/temasamlinger-handling/gjest/bekreft/{}/",
    "/temasamlinger-handling/gjest/{}/meld-av/",
    "/temasamlinger-handling/gjest/{}/evaluering/",
    "/kurs-handling/kursbevis/{}/",
]
BAD = ["abc%00def" * 3, "a" * 300, "abc def ghi", "<script>alert(1)</script>"]


@pytest.mark.parametrize("template", TOKEN_URLS)
def test_a_bad_token_does_not_reach_the_token_view(template):
    token_view = resolve(template.format("Abc-_0.9:xyz" * 2)).view_name
    assert token_view.split(":")[0] in ("modules", "coteaching", "theme_sessions")
    for bad in ["abc\x00def" * 3, "a" * 300, "abc def ghi", "<b>x</b>ab"]:
        # At most Wagtail's catch-all page route is left, which finds no page.
        assert _view_name(template.format(bad)) != token_view


def _view_name(path: str) -> str | None:
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


@pytest.mark.parametrize("template", TOKEN_URLS)
def test_a_nul_byte_in_a_token_url_is_404(client, template):
    for bad in BAD:
        assert client.get(template.format(bad)).status_code == 404


def test_real_tokens_still_resolve(client, course, user):
    team_invite = InvitationFactory()
    assert client.get(reverse("coteaching:invitation_accept", args=[team_invite.token])).status_code == 200
    client.force_login(user)
    course_invite = CourseInvitationFactory(course=course)
    assert client.get(reverse("modules:invitation", args=[course_invite.token])).status_code == 200
    feed = calendar_token_for(user=user)
    assert client.get(reverse("theme_sessions:calendar_feed", args=[feed.token])).status_code == 200
