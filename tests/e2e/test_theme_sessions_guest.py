"""Defect 9: a guest cancels from the private link in the e-mail. The page
sent "Referrer-Policy: no-referrer", so Chromium posted the cancel form with
"Origin: null" and Django's CSRF check refused it ("the form has expired")."""

import pytest

from tests.e2e.axe import assert_accessible
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from tests.i18n import nb
from theme_sessions import services, tokens
from theme_sessions.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_guest_cancels_from_the_link_in_the_email(page, home):
    series = SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home))
    session = SessionPageFactory(parent=series, title="Helsekompetanse i digitale kurs")
    guest = services.registration_create_for_guest(
        session_id=session.pk, email="gunn.gjest@example.no", name="Gunn Gjest", workplace="Bodø kommune"
    )
    services.guest_registration_confirm(registration_id=guest.pk, round=1)

    response = page.goto(f"/temasamlinger-handling/gjest/{tokens.guest_manage_token(registration_id=guest.pk)}/")
    assert_accessible(page)
    page.get_by_role("button", name=nb("Cancel registration")).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name=nb("Your registration")).is_visible()
    assert nb("Your registration is cancelled.") in page.content()
    assert Registration.objects.get(pk=guest.pk).status == RegistrationStatus.CANCELLED
    # Still no Referer with the private token to another site.
    assert response.headers["referrer-policy"] == "same-origin"
