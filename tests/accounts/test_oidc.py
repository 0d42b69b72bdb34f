"""OpenID Connect login (ID-porten, HelseID, Feide …) against a fake provider
the test runs on a real socket."""

from urllib.parse import urlparse

import pytest
import requests
from allauth.socialaccount.models import SocialAccount

from accounts.models import User
from tests.accounts.fake_oidc import CLIENT_ID, CLIENT_SECRET, FakeOIDCProvider

pytestmark = pytest.mark.django_db

CLAIMS = {
    "sub": "01017012345",
    "email": "ida.helseid@example.no",
    "email_verified": True,
    "given_name": "Ida",
    "family_name": "Hansen",
}


@pytest.fixture
def provider(settings):
    with FakeOIDCProvider(claims=CLAIMS) as fake:
        settings.SOCIALACCOUNT_PROVIDERS = {
            "openid_connect": {
                "OAUTH_PKCE_ENABLED": True,
                "APPS": [
                    {
                        "provider_id": "helseid",
                        "name": "HelseID",
                        "client_id": CLIENT_ID,
                        "secret": CLIENT_SECRET,
                        "settings": {"server_url": fake.discovery_url},
                    }
                ],
            }
        }
        yield fake


def _login_through_provider(client):
    start = client.post("/accounts/oidc/helseid/login/")
    assert start.status_code == 302
    authorize_url = start["Location"]
    assert authorize_url.startswith("http://127.0.0.1:")
    approved = requests.get(authorize_url, allow_redirects=False, timeout=5)
    assert approved.status_code == 302
    callback = urlparse(approved.headers["Location"])
    return client.get(f"{callback.path}?{callback.query}")


def test_login_button_is_offered(client, provider):
    response = client.get("/accounts/login/")
    assert "HelseID" in response.content.decode()


def test_first_login_creates_account_with_profile(client, provider):
    response = _login_through_provider(client)
    assert response.status_code == 302, response.content[:500]
    user = User.objects.get(email="ida.helseid@example.no")
    assert user.first_name == "Ida"
    assert SocialAccount.objects.filter(user=user, provider="helseid", uid=CLAIMS["sub"]).exists()
    assert user.profile.role == "professional"
    assert int(client.session["_auth_user_id"]) == user.pk
    # PKCE: the code verifier went to the token endpoint with the secret.
    assert provider.token_requests[-1]["code_verifier"]


def test_second_login_reuses_account(client, provider):
    _login_through_provider(client)
    client.logout()
    _login_through_provider(client)
    assert User.objects.filter(email="ida.helseid@example.no").count() == 1
    assert SocialAccount.objects.count() == 1


def test_forged_callback_state_is_refused(client, provider):
    response = client.get("/accounts/oidc/helseid/login/callback/?code=abc&state=forged")
    assert response.status_code == 401  # allauth's authentication-error page, not a 500
    assert not User.objects.filter(email="ida.helseid@example.no").exists()
