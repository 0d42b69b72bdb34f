import datetime

import factory
from django.utils import timezone

from accounts.models import Role
from coteaching.models import (
    Invitation,
    Membership,
    PlanSection,
    PlanSession,
    SectionKey,
    SessionPart,
    TeachingPlan,
    Team,
)
from tests.factories.accounts import UserFactory


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Arbeidsgruppe {n}")
    created_by = factory.SubFactory(UserFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    team = factory.SubFactory(TeamFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.PROFESSIONAL


class TeachingPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeachingPlan
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    title = factory.Sequence(lambda n: f"Kurs om diabetes {n}")

    @factory.post_generation
    def sections(obj, create, extracted, **kwargs):
        if create:
            PlanSection.objects.bulk_create([PlanSection(plan=obj, key=key) for key in SectionKey.values])


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    team = factory.SubFactory(TeamFactory)
    email = factory.Sequence(lambda n: f"invitert{n}@example.no")
    role = Role.USER_REPRESENTATIVE
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))


class PlanSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanSession

    plan = factory.SubFactory(TeachingPlanFactory)
    order = factory.Sequence(int)
    title = factory.Sequence(lambda n: f"Kursdag {n}")


class SessionPartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionPart

    session = factory.SubFactory(PlanSessionFactory)
    order = factory.Sequence(int)
    title = "Velkommen"
    minutes = 20
