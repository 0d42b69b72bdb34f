"""demo/pages.py: a demo page is published again only when a load changed it."""

import pytest
from wagtail.models import Page

from demo import pages
from elearning.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    root = Page.get_first_root_node()
    page = root.add_child(instance=StandardPage(title="Om oss", slug="om-oss", body=[("heading", "Hvem vi er")]))
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def test_the_same_content_is_not_published_again(page):
    revisions = page.revisions.count()
    before = pages.content(page)
    page.body = [("heading", "Hvem vi er")]  # new block ids, the same content
    pages.publish_if_changed(page, before)
    assert page.revisions.count() == revisions


def test_changed_content_and_drafts_are_published(page):
    revisions = page.revisions.count()
    before = pages.content(page)
    page.body = [("heading", "Hvem vi er, og hva vi gjør")]
    pages.publish_if_changed(page, before)
    assert page.revisions.count() == revisions + 1
    assert StandardPage.objects.get(pk=page.pk).body[0].value == "Hvem vi er, og hva vi gjør"

    page.title = "Om oss (utkast)"
    page.save_revision()  # an unpublished draft
    page = StandardPage.objects.get(pk=page.pk)
    pages.publish_if_changed(page, pages.content(page))
    assert not StandardPage.objects.get(pk=page.pk).has_unpublished_changes
