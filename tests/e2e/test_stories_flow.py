"""The story builder in a real browser: a user representative drafts a story
talk step by step (autosave seen), meets an edit from another tab (both texts
kept), shares the story with a professional, who reads it without the
private part and comments from their own browser; the user representative
gets the e-mail and sees the comment. axe runs on every page type."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from stories.models import Story
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)

REPRESENTATIVE = "per.erfaren@example.no"
PROFESSIONAL = "kari.nordmann@example.no"
PRIVATE = "Jeg sier ingenting om broren min."


@pytest.fixture
def people(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    UserRepresentativeFactory(email=REPRESENTATIVE, first_name="Per", last_name="Erfaren")
    UserFactory(email=PROFESSIONAL, first_name="Kari", last_name="Nordmann")


def _saved_pattern():
    return re.compile(re.escape(nb("Saved at %(time)s")).replace(re.escape("%(time)s"), r"\d{1,2}[:.]\d{2}"))


def _autosave_status(page):
    return page.locator("#autosave-status")


def _stop_writing(page):
    """The editor saves a second after the person stops writing (htmx
    ``delay:1s``). That second passes on the page's clock (installed at the
    start of the test), not on the wall's."""
    page.clock.run_for(1000)


def test_draft_share_and_receive_a_comment(page, browser, live_server, login, people, mailoutbox):
    page.clock.install()
    # The user representative finds the story builder in the main menu.
    page.goto(login(REPRESENTATIVE))
    page.get_by_role("navigation", name=nb("Main menu")).get_by_role("link", name=nb("My story talk")).click()
    page.wait_for_load_state()
    assert_accessible(page)

    page.get_by_label(nb("Working title")).fill("Den første tiden med diabetes")
    page.get_by_role("button", name=nb("Start"), exact=True).click()
    page.wait_for_url(re.compile(r"/brukerinnlegg/\d+/steg/1/$"))
    story = Story.objects.get(owner__email=REPRESENTATIVE)
    assert_accessible(page)

    # Step 1: the text saves itself while the person writes.
    page.get_by_label(nb("Purpose: why do you give this talk?")).fill(
        "Jeg vil at deltakerne skal kjenne seg mindre alene."
    )
    _stop_writing(page)
    expect(_autosave_status(page)).to_have_text(_saved_pattern())
    assert _autosave_status(page).get_attribute("aria-live") == "polite"
    story.refresh_from_db()
    assert story.purpose == "Jeg vil at deltakerne skal kjenne seg mindre alene."
    page.get_by_label(nb("Audience: who will listen?")).fill("Nye deltakere på diabeteskurset, første kursdag.")
    experiences = " ".join(["Jeg fikk diagnosen ved en vanlig kontroll."] * 40)
    page.get_by_label(nb("Key experiences")).fill(experiences)
    _stop_writing(page)
    # The speaking-time estimate follows the autosave (280 words ≈ 2 minutes).
    expect(page.locator("#speaking-time")).to_contain_text("280")
    page.get_by_role("button", name=nb("Next"), exact=True).click()
    page.wait_for_url(re.compile(r"/steg/2/$"))
    assert_accessible(page)

    page.get_by_label(nb("What helped you?")).fill("Å møte andre som hadde det som meg.")
    _stop_writing(page)
    expect(_autosave_status(page)).to_have_text(_saved_pattern())
    page.get_by_role("button", name=nb("Next"), exact=True).click()
    page.wait_for_url(re.compile(r"/steg/3/$"))

    # Step 3 is open in a second tab too; that tab saves first.
    other_tab = page.context.new_page()
    other_tab.goto(page.url)
    page.get_by_label(nb("Your message to the participants")).fill("Du trenger ikke gjøre alt på én gang.")
    _stop_writing(page)
    expect(_autosave_status(page)).to_have_text(_saved_pattern())
    other_tab.get_by_label(nb("Your message to the participants")).fill("Snakk med noen.")
    _stop_writing(other_tab)
    conflict = nb("Not saved: “%(label)s” was changed in another window or tab.") % {
        "label": nb("Your message to the participants")
    }
    expect(_autosave_status(other_tab)).to_contain_text(conflict)
    other_tab.get_by_role("button", name=nb("Show both versions")).click()
    other_tab.wait_for_load_state()
    # Both texts are on the page: the saved one above the field, this tab's in it.
    assert "Du trenger ikke gjøre alt på én gang." in other_tab.locator("#conflict-message").inner_text()
    expect(other_tab.get_by_label(nb("Your message to the participants"))).to_have_value("Snakk med noen.")
    assert_accessible(other_tab)
    other_tab.get_by_role("link", name=nb("Discard my text and use the saved one")).click()
    other_tab.wait_for_load_state()
    expect(other_tab.get_by_label(nb("Your message to the participants"))).to_have_value(
        "Du trenger ikke gjøre alt på én gang."
    )
    other_tab.close()

    page.get_by_role("button", name=nb("Next"), exact=True).click()
    page.wait_for_url(re.compile(r"/steg/4/$"))
    page.get_by_label(nb("What I choose to keep private")).fill(PRIVATE)
    page.get_by_role("button", name=nb("Save and read the whole story talk")).click()
    page.wait_for_url(re.compile(r"/brukerinnlegg/\d+/$"))
    assert PRIVATE in page.content()
    assert_accessible(page)

    # Share with the professional by e-mail; an address without an account
    # gets the same answer, so the page never tells who is registered.
    page.get_by_role("link", name=nb("Share with a co-teacher")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_label(nb("Your co-teacher's e-mail address")).fill("ukjent@example.no")
    page.get_by_role("button", name=nb("Share"), exact=True).click()
    page.wait_for_load_state()
    expect(page.locator(".share-list")).to_contain_text("ukjent@example.no")
    assert_accessible(page)
    page.get_by_label(nb("Your co-teacher's e-mail address")).fill(PROFESSIONAL)
    page.get_by_role("button", name=nb("Share"), exact=True).click()
    page.wait_for_load_state()
    expect(page.locator(".share-list")).to_contain_text(PROFESSIONAL)

    # The professional, in their own browser, finds it on "My courses" and comments.
    context = browser.new_context(locale="nb-NO", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    professional = context.new_page()
    try:
        login(PROFESSIONAL, on=professional)
        professional.goto(reverse("modules:dashboard"))
        professional.get_by_role("link", name="Den første tiden med diabetes").click()
        professional.wait_for_load_state()
        html = professional.content()
        assert "Å møte andre som hadde det som meg." in html
        assert PRIVATE not in html and nb("What I keep private") not in html
        assert_accessible(professional)
        professional.get_by_label(nb("The comment is about")).select_option("purpose")
        professional.get_by_role("textbox", name=re.compile("^" + re.escape(nb("Comment")))).fill(
            "Sterkt utkast! Skal jeg si noe om skam rett før deg?"
        )
        professional.get_by_role("button", name=nb("Send comment")).click()
        professional.wait_for_url(re.compile(r"#comments$"))
        expect(professional.locator("#comments")).to_contain_text("Skal jeg si noe om skam")
    finally:
        context.close()

    # The user representative gets an e-mail and sees the comment.
    assert [m.to for m in mailoutbox] == [[REPRESENTATIVE]]
    page.goto(reverse("stories:detail", args=[story.pk]))
    expect(page.locator("#comments")).to_contain_text("Sterkt utkast! Skal jeg si noe om skam rett før deg?")
    expect(page.locator("#comments")).to_contain_text("Kari Nordmann")
