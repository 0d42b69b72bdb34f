"""The certificate lookup lives at the short public address /kursbevis/,
linked from every page's footer; the first addresses still lead there."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_lookup_is_at_kursbevis_and_in_the_footer(client, home):
    response = client.get("/kursbevis/")
    assert response.status_code == 200
    assert 'href="/kursbevis/"' in response.content.decode()
    assert 'href="/sitemap.xml"' not in response.content.decode()


def test_a_code_from_the_lookup_form_opens_its_page(client, home):
    response = client.get("/kursbevis/", {"code": "ABCD-EFGH-JKMN"})
    assert response.status_code == 302
    assert response["Location"].startswith("/kursbevis/")


def test_old_addresses_redirect_for_good(client, home):
    response = client.get("/kurs-handling/kursbevis/ABCDEFGHJKMN/")
    assert response.status_code == 301
    assert response["Location"] == "/kursbevis/ABCDEFGHJKMN/"
