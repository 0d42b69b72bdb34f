import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from tests.factories.accounts import StaffFactory, UserFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_staff_without_totp_is_sent_to_setup_when_required(client, settings):
    settings.REQUIRE_STAFF_MFA = True
    client.force_login(StaffFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


def test_staff_with_totp_reaches_admin(client, settings):
    settings.REQUIRE_STAFF_MFA = True
    staff = StaffFactory()
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_mfa_not_forced_in_development(client, settings):
    settings.REQUIRE_STAFF_MFA = False
    client.force_login(StaffFactory())
    assert client.get("/admin/").status_code == 200


def test_mfa_defaults_on_in_production():
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.no"}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from elearning import settings; print(settings.REQUIRE_STAFF_MFA)",  # no app needs loading
        ],
        env={**env, "DJANGO_SETTINGS_MODULE": "elearning.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "True"


@pytest.mark.parametrize("path", ["/admin/", "/admin/reports/", "/admin/pages/"])
def test_a_signed_in_learner_gets_no_access_page_not_a_redirect_loop(client, path):
    client.force_login(UserFactory())
    response = client.get(path)
    assert response.status_code == 403
    assert nb("You do not have access to this page") in response.content.decode()


def test_an_anonymous_visitor_is_sent_to_log_in_from_the_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
