"""axe-core on every public page of the foundation, at desktop width. At
320 px (no sideways scrolling, axe), with the site's other page types:
test_site_page_types."""

import pytest

from tests.e2e.axe import assert_accessible
from tests.factories.accounts import UserFactory

# The search page is checked with results on it.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.search_index]

PUBLIC_PAGES = [
    "/",
    "/personvern/",
    "/tilgjengelighet/",
    "/sok/?q=personvern",
    "/sok/?q=finnesikke",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/finnes-ikke/",
    "/kursbevis/",
    "/kursbevis/FINNESIKKE/",
    "/en/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_no_wcag_violations(page, statement_pages, path):
    page.goto(path)
    assert_accessible(page)


def test_signed_in_account_pages(page, statement_pages, login):
    user = UserFactory()
    login(user.email, "Sterkt-passord-2026")
    for path in ["/konto/mine-data/", "/accounts/password/change/", "/accounts/email/", "/accounts/2fa/"]:
        page.goto(path)
        assert_accessible(page)


def test_skip_link_moves_focus_to_main(page, statement_pages):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(".ds-skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main"
