"""The database refuses what the services must never write, whoever writes it."""

import pytest
from django.db import IntegrityError, transaction

from accounts.models import Role
from coteaching.models import (
    SECTION_MAX_LENGTH,
    Membership,
    PlanComment,
    PlanSection,
    SectionKey,
    SessionPart,
    TeachingPlan,
)
from tests.factories.coteaching import (
    InvitationFactory,
    MembershipFactory,
    PlanSessionFactory,
    TeachingPlanFactory,
)

pytestmark = pytest.mark.django_db


def _refused(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def test_one_membership_per_user_and_team():
    membership = MembershipFactory()
    _refused(lambda: Membership.objects.create(team=membership.team, user=membership.user, role=Role.PROFESSIONAL))


def test_membership_role_must_be_known():
    membership = MembershipFactory()
    _refused(lambda: Membership.objects.filter(pk=membership.pk).update(role="boss"))


def test_section_text_is_capped_in_the_database():
    plan = TeachingPlanFactory()
    section = plan.sections.get(key=SectionKey.GOALS)
    PlanSection.objects.filter(pk=section.pk).update(text="x" * SECTION_MAX_LENGTH)
    _refused(lambda: PlanSection.objects.filter(pk=section.pk).update(text="x" * (SECTION_MAX_LENGTH + 1)))


def test_one_section_row_per_key():
    plan = TeachingPlanFactory()
    _refused(lambda: PlanSection.objects.create(plan=plan, key=SectionKey.GOALS))


def test_featured_needs_published():
    plan = TeachingPlanFactory()
    _refused(lambda: TeachingPlan.objects.filter(pk=plan.pk).update(featured=True))


def test_one_open_invitation_per_address_whatever_the_case():
    invitation = InvitationFactory(email="kari@example.no")
    _refused(lambda: InvitationFactory(team=invitation.team, email="KARI@example.no"))


def test_part_minutes_and_lead_are_checked():
    session = PlanSessionFactory()
    _refused(lambda: SessionPart.objects.create(session=session, title="x", minutes=0))
    _refused(lambda: SessionPart.objects.create(session=session, title="x", minutes=10, lead="nobody"))


def test_comment_length_is_capped():
    plan = TeachingPlanFactory()
    _refused(lambda: PlanComment.objects.create(plan=plan, text="x" * 5001))
