"""The profile form on "Mine data" in a real browser: at 320 px without
sideways scrolling and without axe violations, and filled in by keyboard
alone, the municipality found by typing its name in the select."""

import pytest

from accounts.models import Profile
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, UserFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_profile_form_at_320_px_by_keyboard(page, login, statement_pages):
    user = UserFactory()
    login(user.email, PASSWORD)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto("/konto/mine-data/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    organisation = page.get_by_label(nb("Organisation"))
    assert (
        "Sykehuset Innlandet, Lærings- og mestringssenteret" in page.locator("#id_organisation_helptext").inner_text()
    )
    organisation.focus()
    page.keyboard.type("Helse Bergen HF, Lærings- og mestringssenteret")
    page.keyboard.press("Tab")
    municipality = page.get_by_label(nb("Municipality"))
    assert municipality.evaluate("element => element === document.activeElement")
    page.keyboard.type("Bergen")
    assert municipality.input_value() == "4601"
    page.keyboard.press("Tab")  # the preferred language
    page.keyboard.press("Tab")  # "Save profile"
    assert page.get_by_role("button", name=nb("Save profile")).evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    page.get_by_text(nb("Your profile has been saved.")).wait_for()

    profile = Profile.objects.get(user=user)
    assert (profile.organisation, profile.municipality) == ("Helse Bergen HF, Lærings- og mestringssenteret", "4601")
    assert page.get_by_label(nb("Municipality")).input_value() == "4601"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
