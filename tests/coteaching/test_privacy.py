import pytest

from accounts.models import Role
from accounts.privacy import domain_exports
from accounts.services import user_delete
from coteaching import services
from coteaching.models import (
    Invitation,
    Membership,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    TeachingPlan,
    Team,
)

pytestmark = pytest.mark.django_db


def test_export_lists_teams_text_and_comments(full_plan, user_rep, professional):
    services.section_save(user=user_rep, plan=full_plan, key="methods", text="Brukerinnlegg hver dag", base_version=1)
    services.comment_add(user=user_rep, plan=full_plan, text="Jeg har diabetes selv", section_key="goals")
    services.invitation_create(team=full_plan.team, invited_by=user_rep, email="ny@example.no", role="professional")

    data = domain_exports(user_rep)["coteaching"]
    assert data["teams"] == [
        {
            "team": full_plan.team.name,
            "teaching_plan": full_plan.title,
            "role": Role.USER_REPRESENTATIVE,
            "joined_at": data["teams"][0]["joined_at"],
        }
    ]
    assert data["plan_text_you_saved"][0]["text"] == "Brukerinnlegg hver dag"
    assert data["comments"][0]["text"] == "Jeg har diabetes selv"
    assert data["invitations_you_sent"][0]["role"] == "professional"
    assert "ny@example.no" not in str(data)  # someone else's address
    assert domain_exports(professional)["coteaching"]["comments"] == []


def test_erase_keeps_the_plan_for_the_team_without_the_person(full_plan, user_rep, professional):
    services.section_save(user=user_rep, plan=full_plan, key="methods", text="Brukerinnlegg hver dag", base_version=1)
    services.comment_add(user=user_rep, plan=full_plan, text="Jeg har diabetes selv")
    services.comment_add(user=professional, plan=full_plan, text="Takk!")
    other = services.team_create(user=professional, name="Hjertekurs", plan_title="Hjertekurs")
    open_invitation = services.invitation_create(
        team=other.team, invited_by=professional, email=user_rep.email.upper(), role="user_representative"
    )
    user_pk = user_rep.pk

    user_delete(user=user_rep)

    assert not Membership.objects.filter(user_id=user_pk).exists()
    assert Membership.objects.filter(team=full_plan.team, user=professional).exists()
    section = PlanSection.objects.get(plan=full_plan, key="methods")
    assert section.text == "Brukerinnlegg hver dag" and section.updated_by is None
    assert PlanSectionRevision.objects.get(section=section).author is None
    assert list(PlanComment.objects.values_list("text", flat=True)) == ["Takk!"]
    assert not Invitation.objects.filter(pk=open_invitation.pk).exists()


def test_erase_deletes_a_private_plan_nobody_can_reach(plan, professional):
    team_id = plan.team_id
    user_delete(user=professional)
    assert not Team.objects.filter(pk=team_id).exists()
    assert not TeachingPlan.objects.filter(pk=plan.pk).exists()


def test_erase_keeps_a_published_example(full_plan, professional, user_rep):
    services.plan_publish_as_example(user=professional, plan=full_plan)
    user_delete(user=professional)
    user_delete(user=user_rep)
    plan = TeachingPlan.objects.get(pk=full_plan.pk)
    assert plan.published_as_example
    assert not plan.team.memberships.exists()
    assert plan.team.created_by is None
