import pytest

from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_norwegian(client, home):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nb"' in html
    assert nb("Skip to main content") in html
    assert home.intro in html
    assert "<h2" in html and "Lær sammen" in html  # the body's heading block


def test_privacy_and_accessibility_pages_linked_in_footer(client, statement_pages):
    html = client.get("/").content.decode()
    assert 'href="/personvern/"' in html
    assert 'href="/tilgjengelighet/"' in html
    assert client.get("/personvern/").status_code == 200
    assert client.get("/tilgjengelighet/").status_code == 200


def test_robots_txt_points_to_sitemap(client, settings):
    settings.SITE_URL = "https://helsepedagogikk.example.no"
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: https://helsepedagogikk.example.no/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_lists_live_pages(client, statement_pages):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/personvern/" in response.content.decode()


def test_404_is_norwegian(client, home):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert nb("We could not find the page") in response.content.decode()


@pytest.mark.search_index
def test_search_finds_pages_and_survives_bad_input(client, statement_pages):
    privacy, _accessibility = statement_pages
    response = client.get("/sok/", {"q": "personvern"})
    assert response.status_code == 200
    results = response.content.decode().split('class="ds-list--unstyled search-results"')[1].split("</ul>")[0]
    assert f'<a class="ds-link" href="{privacy.url}">{privacy.title}</a>' in results
    for bad in ["\x00", "a" * 10_000, "' OR 1=1 --"]:
        assert client.get("/sok/", {"q": bad, "page": "x"}).status_code == 200


def test_500_and_403_pages_are_norwegian(rf):
    from elearning.views import permission_denied, server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Beklager, noe gikk galt" in response.content.decode()
    response = permission_denied(rf.get("/"))
    assert response.status_code == 403


def test_missing_csrf_token_gives_our_page(home):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/konto/mine-data/", {})
    assert response.status_code == 403
    assert nb("The form has expired") in response.content.decode()
