"""Co-teaching: the team page, invitations (sent once, accepted by the
person they were sent to, refused with a clear message otherwise),
removing members, and publishing a plan to the examples library."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from coteaching import services
from coteaching.models import Invitation, Membership
from tests.factories.accounts import StaffFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def _url(name, *args):
    return reverse(f"coteaching:{name}", args=args)


def test_invite_from_the_team_page(pro_client, plan, django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        response = pro_client.post(_url("invite", plan.pk), {"email": "per@example.no", "role": "user_representative"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "per@example.no" in pro_client.get(_url("team", plan.pk)).content.decode()


def test_a_double_click_on_invite_sends_one_email_and_keeps_the_first_link(
    pro_client, plan, django_capture_on_commit_callbacks, mailoutbox
):
    form = pro_client.get(_url("team", plan.pk)).content.decode()
    submit_key = re.search(r'name="submit_key" value="([^"]+)"', form).group(1)
    data = {"email": "per@example.no", "role": "user_representative", "submit_key": submit_key}
    for _click in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assert pro_client.post(_url("invite", plan.pk), data).status_code == 302
    invitation = Invitation.objects.get()
    assert len(mailoutbox) == 1 and f"/samarbeid/invitasjon/{invitation.token}/" in mailoutbox[0].body


def test_accept_page_for_anonymous_visitors_offers_login(client, plan, professional):
    invitation = services.invitation_create(
        team=plan.team, invited_by=professional, email="ny@example.no", role="user_representative"
    )
    response = client.get(_url("invitation_accept", invitation.token))
    content = response.content.decode()
    assert response.status_code == 200
    assert plan.title in content
    assert reverse("account_login") in content


def test_accepting_an_invitation(client, plan, professional, user_rep):
    invitation = services.invitation_create(
        team=plan.team, invited_by=professional, email=user_rep.email, role="user_representative"
    )
    client.force_login(user_rep)
    response = client.get(_url("invitation_accept", invitation.token))
    assert response.status_code == 200
    assert f"<strong>{nb('User representative')}</strong>" in response.content.decode()  # from the profile
    response = client.post(_url("invitation_accept", invitation.token))
    assert response.status_code == 302 and response["Location"] == _url("plan", plan.pk)
    assert Membership.objects.get(team=plan.team, user=user_rep).role == Role.USER_REPRESENTATIVE
    # Opening the used link again as the same person leads to the plan.
    assert client.get(_url("invitation_accept", invitation.token))["Location"] == _url("plan", plan.pk)


def test_expired_used_and_wrong_invitations_get_clear_messages(client, plan, professional, user_rep, outsider):
    invitation = services.invitation_create(
        team=plan.team, invited_by=professional, email=user_rep.email, role="user_representative"
    )
    client.force_login(outsider)
    response = client.post(_url("invitation_accept", invitation.token))
    assert response.status_code == 403
    assert user_rep.email in response.content.decode()

    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(hours=1))
    client.force_login(user_rep)
    response = client.get(_url("invitation_accept", invitation.token))
    assert response.status_code == 400
    assert nb("This invitation has expired. Ask the person who invited you to send a new one.") in (
        response.content.decode()
    )

    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() + datetime.timedelta(days=1), accepted_at=timezone.now(), accepted_by=outsider
    )
    response = client.post(_url("invitation_accept", invitation.token))
    assert response.status_code == 400
    assert nb("This invitation has already been used. Ask the team for a new one if you need it.") in (
        response.content.decode()
    )
    assert client.get(_url("invitation_accept", "not-a-token")).status_code == 400


def test_removing_the_last_professional_is_refused_with_the_reason(client, full_plan, professional, user_rep):
    client.force_login(user_rep)
    membership = Membership.objects.get(team=full_plan.team, user=professional)
    response = client.post(_url("member_remove", full_plan.pk, membership.pk), follow=True)
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert (
        nb(
            "You cannot remove the last professional. A co-teaching team needs at least one professional and one "
            "user representative. Invite another professional first."
        )
        in response.content.decode()
    )


def test_publishing_and_the_examples_library(client, full_plan, professional, outsider):
    client.force_login(professional)
    client.post(_url("publish", full_plan.pk), {"action": "publish"})
    full_plan.refresh_from_db()
    assert full_plan.published_as_example
    services.section_save(user=professional, plan=full_plan, key="summary", text="Et kurs for alle", base_version=1)
    services.comment_add(user=professional, plan=full_plan, text="Hemmelig kommentar")
    client.logout()
    listing = client.get(_url("examples")).content.decode()
    assert full_plan.title in listing and "Et kurs for alle" in listing
    detail = client.get(_url("example", full_plan.pk)).content.decode()
    assert full_plan.title in detail
    assert "Hemmelig kommentar" not in detail
    assert professional.last_name not in detail
    response = client.get(_url("example_pdf", full_plan.pk))
    assert response["Content-Type"] == "application/pdf"
    # Members' own pages stay private even when the plan is published.
    client.force_login(outsider)
    assert client.get(_url("plan", full_plan.pk)).status_code == 404


def test_featured_examples_come_first(client, full_plan, professional, user_rep, django_assert_max_num_queries):
    other = services.team_create(user=professional, name="Andre", plan_title="Hjertekurs")
    Membership.objects.create(team=other.team, user=user_rep, role=Role.USER_REPRESENTATIVE)
    services.plan_publish_as_example(user=professional, plan=full_plan)
    services.plan_publish_as_example(user=professional, plan=other)
    services.plan_set_featured(user=StaffFactory(), plan_id=full_plan.pk, featured=True)
    with django_assert_max_num_queries(10):
        content = client.get(_url("examples")).content.decode()
    assert content.index(full_plan.title) < content.index("Hjertekurs")


def test_publishing_without_both_roles_is_refused(pro_client, plan):
    response = pro_client.post(_url("publish", plan.pk), {"action": "publish"}, follow=True)
    plan.refresh_from_db()
    assert not plan.published_as_example
    assert (
        nb(
            "The plan can be published when the team has at least one professional and one user "
            "representative. Invite the one that is missing first."
        )
        in response.content.decode()
    )
