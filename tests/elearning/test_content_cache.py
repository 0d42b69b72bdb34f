"""The site and its settings come from this process's memory
(elearning.content_cache) and show a change on the next request."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from elearning.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_site_settings_changed_show_on_the_next_request(client, home):
    client.get("/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "kontakt@helsepedagogikk.example"
    settings.save()
    assert "mailto:kontakt@helsepedagogikk.example" in client.get("/").content.decode()


def test_the_home_page_edited_shows_on_the_next_request(client, home):
    client.get("/")
    home.title = "Velkommen til helsepedagogikk"
    home.save_revision().publish()
    assert "Velkommen til helsepedagogikk" in client.get("/").content.decode()


def test_the_site_is_read_from_memory_after_the_first_request(client, home, django_assert_num_queries):
    client.get("/healthz")
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200


def test_the_footer_follows_a_moved_statement_page_and_the_language(client, home, statement_pages):
    """The footer is rendered once per site and language for each content version."""
    privacy, _accessibility = statement_pages
    client.get("/")  # a new version after the fixture's update(): render and keep the footer
    assert 'href="/personvern/"' in client.get("/").content.decode()
    privacy.slug = "personvernerklaering"
    privacy.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'href="/personvernerklaering/"' in html and 'href="/personvern/"' not in html
    with translation.override("en"):
        lookup = reverse("certificates:lookup")
    footer = client.get(lookup).content.decode().split("<footer")[1]
    assert "Privacy statement" in footer and "Personvernerklæring" not in footer
    assert "Personvernerklæring" in client.get("/").content.decode().split("<footer")[1]
