"""The site's own demo pages (demo/loaders/elearning.py): the home page
replaces Wagtail's welcome page, and the footer links the privacy and
accessibility statements. Loading twice changes nothing."""

import pytest
from django.utils.html import escape
from wagtail import hooks
from wagtail.models import Page, Revision, Site

from accounts.models import User
from demo.content import privacy as privacy_content
from demo.loaders import elearning as site_demo
from elearning.models import HomePage, SiteSettings, StandardPage

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


@pytest.mark.usefixtures("demo_accounts")
def test_privacy_statement_follows_gdpr_art_13_and_the_code(client, settings):
    settings.THEME_SESSIONS = {**settings.THEME_SESSIONS, "GUEST_RETENTION_DAYS": 45}
    site_demo.load()
    page = StandardPage.objects.get(slug="personvern")
    html = client.get(page.url).content.decode()
    assert "Oslo universitetssykehus HF" in html and "Personvernombudet" in html
    assert "NK LMH er behandlingsansvarlig" not in html and "kryptert" not in html
    for right in ("innsyn", "rettet", "slettet", "begrenses", "protestere", "Datatilsynet"):
        assert right in html
    assert "45 dager etter" in html  # the retention setting, not a number written into the text
    assert "ikke beskrevet ennå" not in html  # every category of the export has its description
    for _key, description in site_demo.export_categories(User.objects.get(email=site_demo.DEMO_USER)):
        assert escape(description) in html
    assert page.last_reviewed == privacy_content.REVIEWED  # fixed, not the day the demo was loaded


@pytest.mark.usefixtures("demo_accounts")
def test_a_new_export_category_appears_in_the_privacy_statement():
    def export(user):
        return "new_app", {"things": []}

    def export_list(user):
        return "other_app", []

    user = User.objects.get(email=site_demo.DEMO_USER)
    with (
        hooks.register_temporarily("user_data_export", export),
        hooks.register_temporarily("user_data_export", export_list),
    ):
        categories = dict(site_demo.export_categories(user))
    assert categories["new_app.things"] == "(ikke beskrevet ennå: new_app.things)"
    assert categories["other_app"] == "(ikke beskrevet ennå: other_app)"
    assert set(privacy_content.EXPORT_CATEGORIES) <= set(categories)  # no description of a category that is gone
