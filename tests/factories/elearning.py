"""The site every test starts from, and its content pages.

build_site() runs once per schema, into the template database
(tests/testdb.py): every test finds its home page there (the `home` fixture)
and adds only the pages it needs. Changing this file rebuilds the template."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page

from elearning.models import HomePage, SiteSettings, StandardPage
from tests.factories.pages import PageFactory


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Helsepedagogikk"
    slug = "home"
    intro = "Opplæring i helsepedagogikk for fagpersoner og brukerrepresentanter."
    body = factory.LazyFunction(lambda: [("heading", "Lær sammen"), ("paragraph", "<p>Velkommen.</p>")])


class SiteFactory(wagtail_factories.SiteFactory):
    hostname = "localhost"
    port = 80
    site_name = "Helsepedagogikk"
    is_default_site = True
    root_page = factory.SubFactory(HomePageFactory, parent=factory.LazyFunction(Page.get_first_root_node))


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Side {n}")
    slug = factory.Sequence(lambda n: f"side-{n}")
    intro = "En vanlig innholdsside."
    body = factory.LazyFunction(lambda: [("heading", "Om siden"), ("paragraph", "<p>Tekst på siden.</p>")])
    last_reviewed = factory.LazyFunction(datetime.date.today)


def build_site() -> HomePage:
    """Wagtail's welcome page (and the Site on it) replaced by our home page,
    published, as the root of the default site."""
    Page.objects.filter(depth=2).delete()
    site = SiteFactory()
    home = site.root_page
    home.save_revision().publish()
    SiteSettings.objects.create(site=site, contact_email="post@example.no")
    return HomePage.objects.get(pk=home.pk)


def add_statement_pages(home: HomePage) -> tuple[StandardPage, StandardPage]:
    """The privacy and accessibility statements, linked from every page's footer."""
    privacy = StandardPageFactory(
        parent=home, title="Personvernerklæring", slug="personvern", intro="Slik ivaretar vi personvern på nettstedet."
    )
    accessibility = StandardPageFactory(parent=home, title="Tilgjengelighetserklæring", slug="tilgjengelighet")
    SiteSettings.objects.filter(site__root_page=home).update(privacy_page=privacy, accessibility_page=accessibility)
    return privacy, accessibility
