"""The foundation's browser flow: register, open the verification link from
the e-mail, log in, switch language, log out."""

import re

import pytest

from tests.e2e.axe import assert_accessible
from tests.i18n import en, nb

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "Et-langt-og-sterkt-passord-77"


def test_register_verify_login_switch_language_logout(page, live_server, statement_pages, mailoutbox):
    page.goto("/")
    page.get_by_role("link", name=nb("Register")).click()
    assert_accessible(page)

    page.locator("#id_email").fill("ny.bruker@example.no")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_first_name").fill("Nora")
    page.locator("#id_last_name").fill("Nyberg")
    page.get_by_label(nb("User representative / experienced user")).check()
    page.locator("#id_organisation").fill("Bodø kommune, Frisklivssentralen")
    page.locator("#id_municipality").select_option("1804")
    page.get_by_label(nb("I have read the privacy statement.")).check()
    page.locator("form.stack-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    assert nb("Check your e-mail") in page.content()
    assert_accessible(page)

    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[0].body).group(0)
    page.goto(link.replace("http://testserver", live_server.url))
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))

    page.locator("#id_login").fill("ny.bruker@example.no")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    # Signing in lands on "Mine kurs".
    page.wait_for_url(re.compile(r"/kurs-handling/mine-kurs/$"))
    assert page.get_by_role("button", name=nb("Log out")).is_visible()
    assert page.locator("html").get_attribute("lang") == "nb"

    page.get_by_role("navigation", name=nb("Language")).get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/kurs-handling/mine-kurs/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("button", name=en("Log out")).is_visible()
    assert_accessible(page)

    page.get_by_role("button", name=en("Log out")).click()
    page.wait_for_load_state()
    # The home page exists only in bokmål: it is shown in bokmål, with a note in English.
    assert page.get_by_role("link", name=nb("Log in")).is_visible()
    assert page.locator(".language-notice").get_attribute("lang") == "en"


def test_language_switch_works_without_javascript(browser, live_server, statement_pages, settings):
    settings.ALLOWED_HOSTS = ["*"]
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/sok/")
    page.get_by_role("navigation", name=nb("Language")).get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/sok/")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()
