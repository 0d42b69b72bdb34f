"""The data migration that moves the profile's free-text workplace into the
organisation (accounts 0003) and removes the workplace (0004), and back."""

import pytest

from tests.migrations import migrate, migrate_to_latest

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("accounts", "0002_role_values_in_english")]
AFTER = [("accounts", "0004_remove_profile_workplace")]


@pytest.fixture(autouse=True)
def back_to_the_latest_migrations():
    yield
    migrate_to_latest()


def _profiles(apps, field):
    Profile = apps.get_model("accounts", "Profile")
    return dict(Profile.objects.values_list("user__email", field))


def test_the_workplace_becomes_the_organisation_and_comes_back():
    apps = migrate(BEFORE)
    User, Profile = apps.get_model("accounts", "User"), apps.get_model("accounts", "Profile")
    for email, workplace in (("a@example.no", "Helse Bergen HF, LMS"), ("b@example.no", "")):
        Profile.objects.create(user=User.objects.create(email=email), workplace=workplace)

    apps = migrate(AFTER)
    assert _profiles(apps, "organisation") == {"a@example.no": "Helse Bergen HF, LMS", "b@example.no": ""}
    assert _profiles(apps, "municipality") == {"a@example.no": "", "b@example.no": ""}
    Profile = apps.get_model("accounts", "Profile")
    Profile.objects.filter(user__email="b@example.no").update(organisation="Bergen kommune", municipality="4601")

    apps = migrate(BEFORE)
    assert _profiles(apps, "workplace") == {"a@example.no": "Helse Bergen HF, LMS", "b@example.no": "Bergen kommune"}
