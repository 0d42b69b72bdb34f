"""The profile's organisation and municipality: optional, chosen from the
official list, explained in the form, part of "Mine data", gone with the
account."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import override_settings

from accounts.forms import ProfileForm
from accounts.models import DeletedAccount, Profile, Role
from accounts.services import profile_update
from tests.factories.accounts import PASSWORD
from tests.i18n import nb

pytestmark = pytest.mark.django_db

PROFILE = {"first_name": "Kari", "last_name": "Nordmann", "role": Role.PROFESSIONAL, "preferred_language": "nb"}


def test_both_fields_are_optional_and_the_form_says_why_we_ask(client_user, user):
    response = client_user.post("/konto/mine-data/", PROFILE)
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert (profile.organisation, profile.municipality) == ("", "")

    html = client_user.get("/konto/mine-data/").content.decode()
    assert '<label class="ds-label" for="id_municipality">' + nb("Municipality") in html
    assert html.count("<option") == 357 + 1 + 3  # the municipalities, "not given", the three languages
    assert re.search(r'<option value="4601"[^>]*>Bergen \(4601\)</option>', html)
    assert 'aria-describedby="id_organisation_helptext"' in html
    assert "Sykehuset Innlandet, Lærings- og mestringssenteret" in html


@override_settings(REPORTS_MIN_GROUP_SIZE=7)
def test_the_help_text_gives_the_group_size_the_reports_use():
    help_text = str(ProfileForm().fields["organisation"].help_text)
    assert "7" in help_text and "5" not in help_text


def test_an_unknown_municipality_is_refused_with_a_message(client_user, user):
    response = client_user.post("/konto/mine-data/", {**PROFILE, "municipality": "1507"})  # Ålesund before 2024
    assert response.status_code == 200
    assert nb("Choose a municipality from the list.") in response.content.decode()
    assert Profile.objects.get(user=user).municipality == ""


def test_the_service_and_the_database_refuse_an_unknown_number(user):
    with pytest.raises(ValidationError):
        profile_update(user=user, first_name="K", last_name="N", role=Role.PROFESSIONAL, municipality="9999")
    with pytest.raises(IntegrityError), transaction.atomic():
        Profile.objects.filter(user=user).update(municipality="Oslo")
    profile = profile_update(
        user=user, first_name="K", last_name="N", role=Role.PROFESSIONAL, organisation=" NK LMH ", municipality="0301"
    )
    assert (profile.organisation, profile.municipality, profile.municipality_name) == ("NK LMH", "0301", "Oslo")


def test_my_data_export_has_the_organisation_and_the_municipality_by_name(client_user, user):
    profile_update(
        user=user,
        first_name="K",
        last_name="N",
        role=Role.PROFESSIONAL,
        organisation="Sykehuset Innlandet HF, Lærings- og mestringssenteret",
        municipality="3405",
    )
    data = json.loads(client_user.get("/konto/mine-data/eksport.json").content)
    assert data["account"]["profile"]["organisation"] == "Sykehuset Innlandet HF, Lærings- og mestringssenteret"
    assert data["account"]["profile"]["municipality"] == {"number": "3405", "name": "Lillehammer"}


def test_deleting_the_account_erases_the_organisation_and_the_municipality(client_user, user):
    profile_update(
        user=user,
        first_name="K",
        last_name="N",
        role=Role.PROFESSIONAL,
        organisation="Helse Bergen HF",
        municipality="4601",
    )
    response = client_user.post("/konto/mine-data/slett/", {"confirm": "on", "password": PASSWORD})
    assert response.status_code == 302
    assert not Profile.objects.filter(organisation="Helse Bergen HF").exists()
    assert not Profile.objects.filter(municipality="4601").exists()
    # The anonymous tally keeps the role only: nothing that places the person.
    assert [field.name for field in DeletedAccount._meta.get_fields()] == ["id", "deleted_on", "role"]
