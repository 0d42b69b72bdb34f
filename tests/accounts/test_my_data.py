import json

import pytest
from wagtail import hooks

from accounts.models import DeletedAccount, Profile, User
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_my_data_requires_login(client):
    response = client.get("/konto/mine-data/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_profile_update(client_user, user):
    response = client_user.post(
        "/konto/mine-data/",
        {
            "first_name": "Kari",
            "last_name": "Nordmann",
            "role": "user_representative",
            "profession": "",
            "organisation": "Tromsø kommune, Frisklivssentralen",
            "municipality": "5501",
            "preferred_language": "en",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.role == "user_representative"
    assert (profile.organisation, profile.municipality) == ("Tromsø kommune, Frisklivssentralen", "5501")
    assert profile.preferred_language == "en"


def test_profile_update_refuses_unknown_role(client_user, user):
    response = client_user.post(
        "/konto/mine-data/", {"first_name": "K", "last_name": "N", "role": "admin", "preferred_language": "nb"}
    )
    assert response.status_code == 200
    assert Profile.objects.get(user=user).role == "professional"


def test_export_is_json_with_the_users_data_and_domain_sections(client_user, user):
    response = client_user.get("/konto/mine-data/eksport.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == user.email
    assert data["account"]["profile"]["role"] == "professional"
    # Every registered domain contributes its section.
    for name, _ in (fn(user) for fn in hooks.get_hooks("user_data_export")):
        assert name in data


def test_delete_account_needs_password_and_confirmation(client_user, user):
    response = client_user.post("/konto/mine-data/slett/", {"confirm": "on", "password": "feil"})
    assert response.status_code == 422
    assert User.objects.filter(pk=user.pk).exists()
    response = client_user.post("/konto/mine-data/slett/", {"password": PASSWORD})
    assert response.status_code == 422
    assert User.objects.filter(pk=user.pk).exists()


def test_opening_the_delete_address_shows_the_confirmation_form(client_user, user):
    response = client_user.get("/konto/mine-data/slett/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>" in html and "<html lang=" in html
    assert 'action="/konto/mine-data/slett/"' in html
    assert User.objects.filter(pk=user.pk).exists()


def test_delete_account_removes_personal_data_and_keeps_anonymous_count(client_user, user):
    email = user.email
    response = client_user.post("/konto/mine-data/slett/", {"confirm": "on", "password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(email=email).exists()
    assert not Profile.objects.filter(user_id=user.pk).exists()
    assert DeletedAccount.objects.filter(role="professional").count() == 1
    assert "_auth_user_id" not in client_user.session


def test_purge_unverified_accounts_keeps_verified_and_recent(db):
    import datetime

    from allauth.account.models import EmailAddress
    from django.utils import timezone

    from accounts.services import user_purge_unverified

    old = timezone.now() - datetime.timedelta(days=30)
    stale = User.objects.create_user(email="glemt@example.no", password="x" * 12)
    User.objects.filter(pk=stale.pk).update(date_joined=old)
    EmailAddress.objects.create(user=stale, email=stale.email, verified=False, primary=True)
    verified = UserFactory()
    User.objects.filter(pk=verified.pk).update(date_joined=old)
    recent = User.objects.create_user(email="ny@example.no", password="x" * 12)

    assert user_purge_unverified() == 1
    assert not User.objects.filter(pk=stale.pk).exists()
    assert User.objects.filter(pk__in=[verified.pk, recent.pk]).count() == 2
    assert user_purge_unverified() == 0
