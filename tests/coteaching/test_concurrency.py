"""Real parallel editors against PostgreSQL: of many saves on top of the same
version exactly one wins and every other gets a conflict with both texts; two
members removed at once never empty a role."""

import pytest

from accounts.models import Role
from coteaching import services
from coteaching.models import Invitation, Membership, PlanComment, PlanSection, PlanSectionRevision, TeachingPlan
from elearning.models import OutboxMessage
from tests.concurrency import run_parallel
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_parallel_saves_on_one_version_one_wins_the_rest_conflict():
    editors = [UserFactory() for _ in range(8)]
    plan = services.team_create(user=editors[0], name="Gruppe", plan_title="Plan")
    for editor in editors[1:]:
        Membership.objects.create(team=plan.team, user=editor, role=Role.USER_REPRESENTATIVE)

    def save(editor):
        text = f"Tekst fra {editor.email}"
        return services.section_save(user=editor, plan=plan, key="goals", text=text, base_version=1)

    results, errors = run_parallel(save, editors)
    assert len(results) == 1
    assert len(errors) == len(editors) - 1
    assert all(isinstance(e, services.SectionConflict) for e in errors)
    section = PlanSection.objects.get(plan=plan, key="goals")
    assert section.version == 2
    assert {e.theirs for e in errors} == {section.text}
    assert {e.yours for e in errors} | {section.text} == {f"Tekst fra {u.email}" for u in editors}
    assert PlanSectionRevision.objects.filter(section=section).count() == 1


def test_parallel_removals_keep_one_of_each_role():
    professionals = [UserFactory() for _ in range(2)]
    plan = services.team_create(user=professionals[0], name="Gruppe", plan_title="Plan")
    Membership.objects.create(team=plan.team, user=professionals[1], role=Role.PROFESSIONAL)
    rep = UserFactory()
    Membership.objects.create(team=plan.team, user=rep, role=Role.USER_REPRESENTATIVE)
    ids = list(Membership.objects.filter(role=Role.PROFESSIONAL).values_list("pk", flat=True))

    results, errors = run_parallel(lambda pk: services.member_remove(actor=rep, membership_id=pk), ids)
    assert results == [True]
    assert [e.code for e in errors] == ["last_of_role"]
    assert Membership.objects.filter(team=plan.team, role=Role.PROFESSIONAL).count() == 1


def test_two_concurrent_submits_of_one_form_create_one_team_and_one_comment():
    user = UserFactory()
    plans, errors = run_parallel(
        lambda _i: services.team_create(user=user, name="Gruppe", plan_title="Plan", submit_key="form-1"),
        range(2),
    )
    assert errors == []
    assert plans[0].pk == plans[1].pk
    assert TeachingPlan.objects.filter(team__created_by=user).count() == 1
    plan = plans[0]
    comments, errors = run_parallel(
        lambda _i: services.comment_add(user=user, plan=plan, text="Bra!", submit_key="form-2"), range(2)
    )
    assert errors == []
    assert comments[0].pk == comments[1].pk
    assert PlanComment.objects.filter(plan=plan).count() == 1


def test_two_concurrent_submits_of_one_invitation_form_issue_it_once():
    user = UserFactory()
    plan = services.team_create(user=user, name="Gruppe", plan_title="Plan")

    def invite(_i):
        return services.invitation_create(
            team=plan.team, invited_by=user, email="per@example.no", role=Role.USER_REPRESENTATIVE, submit_key="form-1"
        )

    invitations, errors = run_parallel(invite, range(2))
    assert errors == []
    invitation = Invitation.objects.get()
    assert {(i.pk, i.token) for i in invitations} == {(invitation.pk, invitation.token)}
    assert OutboxMessage.objects.filter(handler="coteaching.tasks.send_invitation").count() == 1
