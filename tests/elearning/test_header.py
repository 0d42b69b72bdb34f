"""The header: "Mine kurs" first for a signed-in user, "Mitt brukerinnlegg"
only for user representatives, a language switcher of plain links that
strips the current language's prefix, and login that lands on "Mine kurs"."""

import re

import pytest
from django.urls import reverse

from elearning.languages import strip_language_prefix
from tests.factories.accounts import PASSWORD, UserFactory, UserRepresentativeFactory

pytestmark = pytest.mark.django_db


def _menu(html: str) -> str:
    return re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)


def test_my_courses_comes_first_and_the_story_talk_only_for_user_representatives(client, home):
    professional = UserFactory()
    client.force_login(professional)
    menu = _menu(client.get(reverse("search")).content.decode())
    links = re.findall(r'href="([^"]+)"', menu)
    assert links[0] == reverse("modules:dashboard")
    assert reverse("stories:list") not in links

    client.force_login(UserRepresentativeFactory())
    assert reverse("stories:list") in _menu(client.get(reverse("search")).content.decode())


def test_anonymous_visitors_get_no_my_courses(client, home):
    assert reverse("modules:dashboard") not in _menu(client.get(reverse("search")).content.decode())


def test_login_lands_on_my_courses(client, home):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("modules:dashboard")


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/en/kurs/a/", "/kurs/a/"), ("/nn/", "/"), ("/nn", "/"), ("/kurs/a/", "/kurs/a/"), ("/english/", "/english/")],
)
def test_strip_language_prefix(path, expected):
    assert strip_language_prefix(path) == expected


def test_the_switcher_links_each_language_from_english(client, home):
    html = client.get("/en/sok/?q=mestring").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    hrefs = dict(re.findall(r'href="([^"]+)" lang="(\w+)"', switcher))
    assert hrefs == {"/sok/?q=mestring": "nb", "/nn/sok/?q=mestring": "nn", "/en/sok/?q=mestring": "en"}
    assert 'lang="en" hreflang="en" aria-current="true"' in switcher
