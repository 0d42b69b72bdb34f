"""The site's own demo pages (demo/loaders/elearning.py): the home page
replaces Wagtail's welcome page, and the footer links the privacy and
accessibility statements. Loading twice changes nothing."""

import pytest
from wagtail.models import Page, Revision, Site

from demo.loaders import elearning as site_demo
from elearning.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def test_site_loads_twice_without_duplicates(client):
    home = site_demo.load()
    counts = (Page.objects.count(), Revision.objects.count())
    assert site_demo.load().pk == home.pk
    assert (Page.objects.count(), Revision.objects.count()) == counts  # unchanged pages are not published again

    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()  # Wagtail's welcome page is gone
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk and HomePage.objects.count() == 1
    settings = SiteSettings.for_site(site)
    assert (settings.privacy_page.slug, settings.accessibility_page.slug) == ("personvern", "tilgjengelighet")
    html = client.get("/").content.decode()
    assert 'href="/personvern/"' in html and 'href="/tilgjengelighet/"' in html
