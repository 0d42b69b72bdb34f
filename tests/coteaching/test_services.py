import datetime

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Role
from coteaching import services
from coteaching.models import (
    SECTION_MAX_LENGTH,
    Invitation,
    Membership,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    SectionKey,
    TeachingPlan,
)
from coteaching.services import SectionConflict
from elearning.errors import UserError
from tests.factories.accounts import StaffFactory, UserFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


# --- Teams ---------------------------------------------------------------------


def test_creator_becomes_member_in_the_role_of_their_profile(plan, professional):
    membership = Membership.objects.get(team=plan.team)
    assert membership.user == professional
    assert membership.role == Role.PROFESSIONAL
    assert plan.sections.count() == len(SectionKey.values)
    assert plan.team.created_by == professional


def test_user_representative_creates_a_team_as_user_representative(user_rep):
    plan = services.team_create(user=user_rep, name="Gruppe", plan_title="Plan")
    assert Membership.objects.get(team=plan.team).role == Role.USER_REPRESENTATIVE


def test_a_relative_must_choose_a_role(relative):
    with pytest.raises(UserError) as error:
        services.team_create(user=relative, name="Gruppe", plan_title="Plan")
    assert error.value.code == "role"
    plan = services.team_create(user=relative, name="Gruppe", plan_title="Plan", role=Role.USER_REPRESENTATIVE)
    assert Membership.objects.get(team=plan.team).role == Role.USER_REPRESENTATIVE


def test_double_submit_creates_one_team(professional):
    first = services.team_create(user=professional, name="Gruppe", plan_title="Plan", submit_key="form-1")
    second = services.team_create(user=professional, name="Gruppe", plan_title="Plan", submit_key="form-1")
    assert first.pk == second.pk
    assert TeachingPlan.objects.count() == 1
    # The same names in a new form are a new team.
    services.team_create(user=professional, name="Gruppe", plan_title="Plan", submit_key="form-2")
    assert TeachingPlan.objects.count() == 2


# --- Invitations ------------------------------------------------------------------


def test_invitation_is_emailed_once_with_the_accept_link(plan, professional, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(
            team=plan.team, invited_by=professional, email="Per@Example.no", role=Role.USER_REPRESENTATIVE
        )
    assert invitation.email == "per@example.no"
    assert len(invitation.token) >= 40
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["per@example.no"]
    assert f"/samarbeid/invitasjon/{invitation.token}/" in message.body
    assert plan.title in message.subject
    # The task running again (redelivery) sends nothing more.
    assert services.invitation_send_email(invitation_id=invitation.pk) is False
    assert len(mail.outbox) == 1


def test_inviting_again_renews_the_invitation_and_the_old_link_stops_working(plan, professional):
    first = services.invitation_create(
        team=plan.team, invited_by=professional, email="per@example.no", role=Role.USER_REPRESENTATIVE
    )
    old_token = first.token
    second = services.invitation_create(
        team=plan.team, invited_by=professional, email="PER@example.no", role=Role.USER_REPRESENTATIVE
    )
    assert second.pk == first.pk
    assert second.token != old_token
    assert Invitation.objects.count() == 1
    assert services.invitation_problem(invitation=Invitation.objects.filter(token=old_token).first()).code == "invalid"


def test_a_double_submitted_invitation_is_issued_and_emailed_once(
    plan, professional, django_capture_on_commit_callbacks
):
    def invite(submit_key):
        with django_capture_on_commit_callbacks(execute=True):
            return services.invitation_create(
                team=plan.team, invited_by=professional, email="per@example.no", role=Role.USER_REPRESENTATIVE,
                submit_key=submit_key,
            )  # fmt: skip

    first = invite("form-1")
    again = invite("form-1")
    assert (again.pk, again.token) == (first.pk, first.token)  # the first link still works
    assert Invitation.objects.get().token == first.token
    assert len(mail.outbox) == 1
    # Inviting the same address from a new form renews it, as before.
    renewed = invite("form-2")
    assert renewed.pk == first.pk and renewed.token != first.token
    assert len(mail.outbox) == 2


def test_outsiders_cannot_invite(plan, outsider):
    with pytest.raises(UserError) as error:
        services.invitation_create(team=plan.team, invited_by=outsider, email="x@example.no", role="professional")
    assert error.value.code == "forbidden"


def test_members_cannot_be_invited_again(plan, professional):
    with pytest.raises(UserError) as error:
        services.invitation_create(
            team=plan.team, invited_by=professional, email=professional.email.upper(), role="professional"
        )
    assert error.value.code == "member"


def _invite(plan, professional, user, role=Role.USER_REPRESENTATIVE):
    return services.invitation_create(team=plan.team, invited_by=professional, email=user.email, role=role)


def test_accepting_joins_the_team_in_the_profile_role(plan, professional, user_rep):
    invitation = _invite(plan, professional, user_rep, role=Role.PROFESSIONAL)
    membership = services.invitation_accept(token=invitation.token, user=user_rep)
    assert membership.team == plan.team
    assert membership.role == Role.USER_REPRESENTATIVE
    invitation.refresh_from_db()
    assert invitation.accepted_by == user_rep and invitation.accepted_at is not None


def test_accepting_twice_as_the_same_person_is_harmless(plan, professional, user_rep):
    invitation = _invite(plan, professional, user_rep)
    first = services.invitation_accept(token=invitation.token, user=user_rep)
    second = services.invitation_accept(token=invitation.token, user=user_rep)
    assert first.pk == second.pk


def test_a_used_invitation_is_refused_for_someone_else(plan, professional, user_rep):
    invitation = _invite(plan, professional, user_rep)
    services.invitation_accept(token=invitation.token, user=user_rep)
    other = UserFactory(email=user_rep.email.replace("@", "+x@"))
    with pytest.raises(UserError) as error:
        services.invitation_accept(token=invitation.token, user=other)
    assert error.value.code == "used"
    assert error.value.message == nb(
        "This invitation has already been used. Ask the team for a new one if you need it."
    )


def test_an_expired_invitation_is_refused(plan, professional, user_rep):
    invitation = _invite(plan, professional, user_rep)
    later = timezone.now() + datetime.timedelta(days=services.INVITATION_VALID_DAYS, seconds=1)
    with pytest.raises(UserError) as error:
        services.invitation_accept(token=invitation.token, user=user_rep, now=later)
    assert error.value.code == "expired"
    assert not Membership.objects.filter(user=user_rep).exists()


def test_the_wrong_person_cannot_accept(plan, professional, user_rep, outsider):
    invitation = _invite(plan, professional, user_rep)
    with pytest.raises(UserError) as error:
        services.invitation_accept(token=invitation.token, user=outsider)
    assert error.value.code == "wrong_user"
    assert user_rep.email in error.value.message


def test_an_unknown_token_is_refused(user_rep):
    with pytest.raises(UserError) as error:
        services.invitation_accept(token="nope", user=user_rep)
    assert error.value.code == "invalid"


def test_expired_and_used_invitations_are_not_emailed(plan, professional, user_rep):
    invitation = _invite(plan, professional, user_rep)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert services.invitation_send_email(invitation_id=invitation.pk) is False
    assert mail.outbox == []


# --- Members ---------------------------------------------------------------------


def test_the_last_professional_cannot_be_removed(full_plan, professional, user_rep):
    membership = Membership.objects.get(team=full_plan.team, user=professional)
    with pytest.raises(UserError) as error:
        services.member_remove(actor=user_rep, membership_id=membership.pk)
    assert error.value.code == "last_of_role"
    assert error.value.message == nb(
        "You cannot remove the last professional. A co-teaching team needs at least one professional and one "
        "user representative. Invite another professional first."
    )
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_user_representative_cannot_leave(full_plan, user_rep):
    membership = Membership.objects.get(team=full_plan.team, user=user_rep)
    with pytest.raises(UserError) as error:
        services.member_remove(actor=user_rep, membership_id=membership.pk)
    assert error.value.code == "last_of_role"
    assert error.value.message == nb(
        "You cannot remove the last user representative. A co-teaching team needs at least one professional and "
        "one user representative. Invite another user representative first."
    )
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_second_professional_can_be_removed(full_plan, professional):
    second = Membership.objects.create(team=full_plan.team, user=UserFactory(), role=Role.PROFESSIONAL)
    assert services.member_remove(actor=professional, membership_id=second.pk) is True
    assert services.member_remove(actor=professional, membership_id=second.pk) is False


def test_outsiders_cannot_remove_members(full_plan, outsider):
    second = Membership.objects.create(team=full_plan.team, user=UserFactory(), role=Role.PROFESSIONAL)
    with pytest.raises(UserError):
        services.member_remove(actor=outsider, membership_id=second.pk)


# --- Sections ---------------------------------------------------------------------


def test_saving_a_section_bumps_the_version_and_keeps_history(plan, professional):
    section = services.section_save(user=professional, plan=plan, key="goals", text="Mål 1", base_version=1)
    assert (section.version, section.text, section.updated_by) == (2, "Mål 1", professional)
    section = services.section_save(user=professional, plan=plan, key="goals", text="Mål 2\r\nlinje", base_version=2)
    assert section.text == "Mål 2\nlinje"
    revisions = list(PlanSectionRevision.objects.filter(section=section).order_by("version"))
    assert [(r.version, r.text) for r in revisions] == [(2, "Mål 1"), (3, "Mål 2\nlinje")]


def test_a_concurrent_edit_raises_a_conflict_with_both_texts(full_plan, professional, user_rep):
    services.section_save(user=professional, plan=full_plan, key="goals", text="Fagpersonens mål", base_version=1)
    with pytest.raises(SectionConflict) as conflict:
        services.section_save(user=user_rep, plan=full_plan, key="goals", text="Brukerens mål", base_version=1)
    assert conflict.value.theirs == "Fagpersonens mål"
    assert conflict.value.yours == "Brukerens mål"
    assert conflict.value.version == 2
    section = PlanSection.objects.get(plan=full_plan, key="goals")
    assert section.text == "Fagpersonens mål"
    # The user merges and saves on top of the version they have now seen.
    merged = "Fagpersonens mål\nBrukerens mål"
    section = services.section_save(user=user_rep, plan=full_plan, key="goals", text=merged, base_version=2)
    assert (section.version, section.text) == (3, merged)


def test_saving_the_same_text_again_is_not_a_conflict(plan, professional):
    services.section_save(user=professional, plan=plan, key="goals", text="Mål", base_version=1)
    section = services.section_save(user=professional, plan=plan, key="goals", text="Mål", base_version=1)
    assert section.version == 2
    assert PlanSectionRevision.objects.count() == 1


def test_oversized_text_is_refused_and_nothing_changes(plan, professional):
    services.section_save(user=professional, plan=plan, key="goals", text="Mål", base_version=1)
    with pytest.raises(UserError) as error:
        services.section_save(
            user=professional, plan=plan, key="goals", text="x" * (SECTION_MAX_LENGTH + 1), base_version=1
        )
    assert error.value.code == "too_long"
    assert PlanSection.objects.get(plan=plan, key="goals").text == "Mål"


def test_outsiders_cannot_save_sections(plan, outsider):
    with pytest.raises(UserError):
        services.section_save(user=outsider, plan=plan, key="goals", text="x", base_version=1)


def test_unknown_section_key_is_refused(plan, professional):
    with pytest.raises(UserError) as error:
        services.section_save(user=professional, plan=plan, key="secret", text="x", base_version=1)
    assert error.value.code == "not_found"


# --- Schedule --------------------------------------------------------------------


def test_schedule_sessions_and_parts_in_order(plan, professional):
    day1 = services.session_create(user=professional, plan=plan, data={"title": "Dag 1"})
    day2 = services.session_create(user=professional, plan=plan, data={"title": "Dag 2"})
    assert (day1.order, day2.order) == (1, 2)
    services.session_move(user=professional, session=day2, direction="up")
    assert list(plan.sessions.values_list("title", flat=True)) == ["Dag 2", "Dag 1"]
    part = services.part_create(
        user=professional, session=day1, data={"title": "Velkommen", "minutes": 20, "lead": "all", "description": ""}
    )
    assert part.order == 1 and part.lead == "all"


def test_a_concurrent_schedule_edit_is_a_conflict(plan, professional):
    day = services.session_create(user=professional, plan=plan, data={"title": "Dag 1"})
    part = services.part_create(
        user=professional, session=day, data={"title": "A", "minutes": 20, "lead": "all", "description": ""}
    )
    data = {"title": "B", "minutes": 30, "lead": "professional", "description": ""}
    saved = services.part_update(user=professional, part=part, data=data, base_version=1)
    assert (saved.version, saved.title) == (2, "B")
    with pytest.raises(services.ScheduleConflict) as conflict:
        services.part_update(user=professional, part=part, data={**data, "title": "C"}, base_version=1)
    assert conflict.value.current.title == "B"
    assert conflict.value.yours["title"] == "C"


def test_a_double_submit_adds_one_session_and_one_part(plan, professional):
    day = services.session_create(user=professional, plan=plan, data={"title": "Dag 1"}, submit_key="form-1")
    again = services.session_create(user=professional, plan=plan, data={"title": "Dag 1"}, submit_key="form-1")
    assert again.pk == day.pk and plan.sessions.count() == 1
    data = {"title": "Velkommen", "minutes": 20, "lead": "all", "description": ""}
    part = services.part_create(user=professional, session=day, data=data, submit_key="form-2")
    again = services.part_create(user=professional, session=day, data=data, submit_key="form-2")
    assert again.pk == part.pk and day.parts.count() == 1
    # The same values from a new form are a new row.
    services.session_create(user=professional, plan=plan, data={"title": "Dag 1"}, submit_key="form-3")
    services.part_create(user=professional, session=day, data=data, submit_key="form-4")
    assert plan.sessions.count() == 2 and day.parts.count() == 2


def test_invalid_part_values_are_refused(plan, professional):
    day = services.session_create(user=professional, plan=plan, data={"title": "Dag 1"})
    with pytest.raises(UserError):
        services.part_create(
            user=professional, session=day, data={"title": "A", "minutes": 0, "lead": "all", "description": ""}
        )


# --- Comments and publishing -------------------------------------------------------


def test_comments_on_plan_and_section_double_submit_once(plan, professional):
    first = services.comment_add(user=professional, plan=plan, text="Bra!", section_key="goals", submit_key="f1")
    again = services.comment_add(user=professional, plan=plan, text="Bra!", section_key="goals", submit_key="f1")
    assert first.pk == again.pk
    services.comment_add(user=professional, plan=plan, text="Bra!", section_key="goals", submit_key="f2")
    services.comment_add(user=professional, plan=plan, text="Generelt")
    assert PlanComment.objects.count() == 3
    with pytest.raises(UserError):
        services.comment_add(user=professional, plan=plan, text="x" * 5001)


def test_publishing_needs_both_roles(plan, professional, user_rep):
    with pytest.raises(UserError) as error:
        services.plan_publish_as_example(user=professional, plan=plan)
    assert error.value.code == "roles_missing"
    Membership.objects.create(team=plan.team, user=user_rep, role=Role.USER_REPRESENTATIVE)
    plan = services.plan_publish_as_example(user=professional, plan=plan)
    first_published = plan.published_at
    assert plan.published_as_example and first_published
    plan = services.plan_publish_as_example(user=user_rep, plan=plan)
    assert plan.published_at == first_published


def test_only_staff_feature_and_unpublishing_unfeatures(full_plan, professional):
    with pytest.raises(UserError):
        services.plan_set_featured(user=professional, plan_id=full_plan.pk, featured=True)
    staff = StaffFactory()
    with pytest.raises(UserError) as error:
        services.plan_set_featured(user=staff, plan_id=full_plan.pk, featured=True)
    assert error.value.code == "not_published"
    services.plan_publish_as_example(user=professional, plan=full_plan)
    plan = services.plan_set_featured(user=staff, plan_id=full_plan.pk, featured=True)
    assert plan.featured and plan.featured_at
    plan = services.plan_unpublish(user=professional, plan=plan)
    assert not plan.featured and not plan.published_as_example
