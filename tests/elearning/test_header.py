"""The header: "Mine kurs" first for a signed-in user, "Mitt brukerinnlegg"
only for user representatives, a language switcher of plain links that
strips the current language's prefix, and login that lands on "Mine kurs"."""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse

from elearning.languages import strip_language_prefix
from tests.factories.accounts import PASSWORD, UserFactory, UserRepresentativeFactory
from tests.factories.modules import publish
from tests.factories.theme_sessions import ThemeSessionIndexPageFactory

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


def test_the_cached_header_shows_a_new_menu_page_on_the_next_request(client, home):
    client.force_login(UserFactory())
    assert "Temasamlinger" not in _menu(client.get(reverse("search")).content.decode())  # renders and keeps the header
    index = publish(ThemeSessionIndexPageFactory(parent=home))
    assert f'href="{index.url}">Temasamlinger<' in _menu(client.get(reverse("search")).content.decode())


def test_the_cached_header_has_each_requests_own_token_and_language_links(client, home):
    client.force_login(UserFactory())
    other = Client()
    other.force_login(UserFactory())
    tokens = set()
    for each, path in ((client, "/sok/"), (other, "/en/sok/?q=mestring")):
        html = each.get(path).content.decode()
        header = re.search(r"<header.*?</header>", html, re.S).group(0)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', header).group(1)
        assert _unmask(token) == _unmask(each.cookies["csrftoken"].value)
        tokens.add(token)
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', header, re.S).group(0)
        assert f'href="/nn{path.removeprefix("/en")}"' in switcher
    assert len(tokens) == 2


def _unmask(token: str) -> str:
    return _unmask_cipher_token(token) if len(token) == 64 else token


def test_the_switcher_is_kept_per_path_query_and_language(client, home):
    """The switcher is rendered once per path, query and language (site_tags.site_header)."""
    for path, nn in (("/sok/?q=a", "/nn/sok/?q=a"), ("/sok/?q=b", "/nn/sok/?q=b"), ("/en/sok/?q=a", "/nn/sok/?q=a")):
        html = client.get(path).content.decode()
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
        assert f'href="{nn}"' in switcher
        current = "en" if path.startswith("/en/") else "nb"
        assert f'lang="{current}" hreflang="{current}" aria-current="true"' in switcher
