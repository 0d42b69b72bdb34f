"""The demo accounts (demo/loaders/accounts.py), documented in README.md:
verified e-mail, a profile with a role, and the documented password."""

import pytest

from accounts.models import Role, User
from demo.loaders import accounts as accounts_demo

pytestmark = pytest.mark.django_db


def test_every_documented_account_logs_in_after_one_load(client):
    accounts_demo.load()
    for spec in accounts_demo.DEMO_USERS:
        assert client.login(email=spec["email"], password=accounts_demo.DEMO_PASSWORD), spec["email"]
        client.logout()


def test_accounts_load_twice_without_duplicates(client):
    first = accounts_demo.load()
    User.objects.filter(email="deltaker@demo.helsepedagogikk.no").update(is_staff=True)
    again = accounts_demo.load()

    assert {email: user.pk for email, user in again.items()} == {email: user.pk for email, user in first.items()}
    assert User.objects.count() == len(accounts_demo.DEMO_USERS)
    assert not User.objects.get(email="deltaker@demo.helsepedagogikk.no").is_staff  # put back
    editor = User.objects.get(email="redaktor@demo.helsepedagogikk.no")
    assert editor.is_staff and editor.is_superuser
    assert User.objects.get(email="bruker@demo.helsepedagogikk.no").profile.role == Role.USER_REPRESENTATIVE
    assert all(user.emailaddress_set.get().verified for user in again.values())
    assert client.login(email="deltaker@demo.helsepedagogikk.no", password=accounts_demo.DEMO_PASSWORD)


def test_demo_people_have_an_organisation_and_a_real_municipality():
    accounts_demo.load()
    profiles = [user.profile for user in User.objects.select_related("profile")]
    assert profiles and all(profile.organisation for profile in profiles)
    for profile in profiles:
        profile.full_clean()  # the number is one of the 357 municipalities
    learner = User.objects.get(email="deltaker@demo.helsepedagogikk.no").profile
    assert (learner.organisation, learner.municipality_name) == (
        "Helse Vestfjord HF, Lærings- og mestringssenteret",
        "Bodø",
    )
