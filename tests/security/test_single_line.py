"""Defect 3: a newline in a plan title or a team name killed the invitation
e-mail (BadHeaderError, no retry, no one told). Single-line texts lose their
control characters at input, in forms and services alike, and subjects are
made single-line again when the e-mail is built, for rows stored before.
An e-mail that still fails for good is a failed outbox job that staff see
(tests/elearning/test_outbox.py)."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Role
from accounts.services import profile_update
from coteaching import services as coteaching
from coteaching.models import TeachingPlan, Team
from elearning.forms import SingleLineField
from elearning.models import OutboxMessage, OutboxStatus
from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from theme_sessions import services as theme_sessions

pytestmark = pytest.mark.django_db

NASTY = "Å leve\r\nmed\x00 diabetes\u2028type 2\x1b"


def test_the_field_makes_one_line():
    assert SingleLineField().clean(NASTY) == "Å leve med diabetes type 2"
    assert SingleLineField(required=False).clean(" \n ") == ""


def test_a_newline_in_the_plan_title_and_team_name_no_longer_kills_the_invitation(
    client, django_capture_on_commit_callbacks
):
    professional = UserFactory()
    client.force_login(professional)
    response = client.post(
        reverse("coteaching:team_create"),
        {"plan_title": NASTY, "name": "Diabetes-\ngruppa", "role": Role.PROFESSIONAL},
    )
    assert response.status_code == 302
    plan = TeachingPlan.objects.select_related("team").get()
    assert (plan.title, plan.team.name) == ("Å leve med diabetes type 2", "Diabetes- gruppa")
    coteaching.plan_rename(user=professional, plan=plan, title="Ny\ntittel", team_name="Ny\r\ngruppe")
    plan.refresh_from_db()
    assert (plan.title, Team.objects.get().name) == ("Ny tittel", "Ny gruppe")
    with django_capture_on_commit_callbacks(execute=True):
        coteaching.invitation_create(
            team=plan.team, invited_by=professional, email="per@example.no", role=Role.USER_REPRESENTATIVE
        )
    assert len(mail.outbox) == 1 and "Ny tittel" in mail.outbox[0].subject
    assert OutboxMessage.objects.get().status == OutboxStatus.DONE


def test_a_title_stored_with_a_newline_before_the_fix_still_gets_its_email(django_capture_on_commit_callbacks):
    professional = UserFactory()
    plan = coteaching.team_create(user=professional, name="Gruppa", plan_title="Tittel")
    TeachingPlan.objects.filter(pk=plan.pk).update(title="Gammel\ntittel")
    with django_capture_on_commit_callbacks(execute=True):
        coteaching.invitation_create(
            team=plan.team, invited_by=professional, email="per@example.no", role=Role.USER_REPRESENTATIVE
        )
    assert len(mail.outbox) == 1 and "Gammel tittel" in mail.outbox[0].subject
    assert "\n" not in mail.outbox[0].subject


def test_names_and_workplaces_are_one_line(home):
    user = UserFactory()
    profile = profile_update(
        user=user, first_name="Kari\n", last_name="Nord\x00mann", role=Role.PROFESSIONAL, organisation="A\r\nB"
    )
    user.refresh_from_db()
    assert (user.first_name, user.last_name, profile.organisation) == ("Kari", "Nord mann", "A B")
    session = SessionPageFactory(parent=SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home)))
    guest = theme_sessions.registration_create_for_guest(
        session_id=session.pk, email="g@example.no", name="Gunn\nGjest", workplace="Bodø\x0bkommune"
    )
    assert (guest.guest_name, guest.guest_workplace) == ("Gunn Gjest", "Bodø kommune")
