"""Browser tests: Playwright's Python package drives Debian's headless
Chromium (chromium-headless-shell: the browser without its window system,
which is what Playwright runs headless too, and lighter than full Chromium;
installed by scripts/system-deps.sh browser, which `make test` runs; this
conftest runs it too when it is missing) against pytest-django's live
server."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.axe import AXE_DIR, AXE_STATIC_PREFIX
from tests.factories.accounts import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium-headless-shell"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    # Browser tests spread over the xdist workers like any other test; each
    # worker starts its own Chromium.
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def htmx_settled(page) -> None:
    """Wait until no htmx request is in flight: htmx marks the element that
    sent a request with the class htmx-request until the answer is swapped in,
    and sends a request from the event handler of the change that triggers it."""
    page.wait_for_function("() => !document.querySelector('.htmx-request')")


def focus_on_message(page, message: str) -> None:
    """Wait until the page's messages, saying ``message``, have focus: where
    static/js/site.js puts it after an htmx form answered with the page again
    in place of <main> (assignments)."""
    page.wait_for_function(
        "(text) => { const el = document.activeElement;"
        " return !!el && el.classList.contains('site-messages') && el.textContent.includes(text); }",
        arg=message,
    )


@pytest.fixture(scope="session")
def chromium_path():
    if not Path(CHROMIUM).exists():
        subprocess.run([str(ROOT / "scripts/system-deps.sh"), "browser"], check=True)
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, settings):
    settings.ALLOWED_HOSTS = ["*"]
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, (AXE_STATIC_PREFIX, AXE_DIR)]
    context = browser.new_context(locale="nb-NO", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # Chromium reports what the Content Security Policy blocked (an inline
    # script or style, a frame, a font from elsewhere) only in the console.
    csp_violations = []
    page.on(
        "console",
        lambda message: csp_violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
    assert not csp_violations, f"Content Security Policy violations: {csp_violations}"


@pytest.fixture
def login(page, live_server):
    """Log in as the login form does, without drawing it in the browser: the
    test client posts the form to the real login view (allauth's, with its
    signals and the session it keeps) and opens the page that redirects to,
    which takes the "signed in" message as the browser would have; the
    browser then gets the client's cookies (its session cookie replaced).
    Returns that page's path, where the form would have left the browser.
    Filling in the form cost half a second of Chromium per login; the tests
    whose subject is logging in (test_accounts_flow, test_course_flow,
    test_site_keyboard) still fill it in. ``on`` logs in another page (of
    another browser context) instead."""
    from django.test import Client
    from django.urls import reverse

    def _login(email, password=PASSWORD, *, on=None):
        client = Client()
        response = client.post(reverse("account_login"), {"login": email, "password": password})
        assert response.status_code == 302, f"login as {email} failed: HTTP {response.status_code}"
        landing = response.url
        assert client.get(landing).status_code == 200
        (on or page).context.add_cookies(
            [
                {"name": name, "value": morsel.value, "url": live_server.url, "httpOnly": bool(morsel["httponly"])}
                for name, morsel in client.cookies.items()
                if morsel.value
            ]
        )
        return landing

    return _login
