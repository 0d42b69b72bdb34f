"""The sitemap lists only pages a visitor can read, at SITE_URL."""

import pytest

from tests.factories.modules import CourseIndexPageFactory, build_course, publish

pytestmark = pytest.mark.django_db


def test_sitemap_lists_readable_pages_at_the_public_address(client, home, settings):
    settings.SITE_URL = "https://helsepedagogikk.example.no"
    index = CourseIndexPageFactory(parent=home)
    closed, closed_built = build_course(index, modules=1, lessons=1)
    open_, open_built = build_course(index, modules=1, lessons=1, open_reading=True)
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost" not in xml and "testserver" not in xml
    assert f"<loc>https://helsepedagogikk.example.no{closed.url}</loc>" in xml
    assert f"{open_built[0][1][0].url}</loc>" in xml
    assert f"{closed_built[0][1][0].url}</loc>" not in xml


def test_every_page_has_a_meta_description_and_the_site_a_favicon(client, home):
    index = CourseIndexPageFactory(parent=home)
    course, built = build_course(index, modules=1, lessons=1, open_reading=True)
    lesson = built[0][1][0]
    html = client.get(lesson.url).content.decode()
    assert f'<meta name="description" content="{lesson.summary}">' in html
    assert '<meta name="description" content="' in client.get("/sok/").content.decode()
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.ico")


def test_a_new_summary_an_editor_publishes_is_the_description_on_the_next_request(client, home):
    """A page's description is kept per content version (site_tags.meta_description)."""
    index = CourseIndexPageFactory(parent=home)
    _course, built = build_course(index, modules=1, lessons=1, open_reading=True)
    lesson = built[0][1][0]
    client.get(lesson.url)
    assert f'<meta name="description" content="{lesson.summary}">' in client.get(lesson.url).content.decode()
    lesson.summary = "Hvordan sjekke at pasienten har forstått."
    publish(lesson)
    html = client.get(lesson.url).content.decode()
    assert '<meta name="description" content="Hvordan sjekke at pasienten har forstått.">' in html
