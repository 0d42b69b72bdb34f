"""The co-teaching demo (demo/loaders/coteaching.py): a published, featured
example teaching plan, loaded twice without duplicates."""

import pytest
from django.urls import reverse

from coteaching.models import (
    Membership,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    PlanSession,
    SessionPart,
    TeachingPlan,
    Team,
)
from demo.loaders import coteaching as coteaching_demo

pytestmark = pytest.mark.django_db


def _counts():
    return tuple(
        model.objects.count()
        for model in (
            Team,
            Membership,
            TeachingPlan,
            PlanSection,
            PlanSectionRevision,
            PlanSession,
            SessionPart,
            PlanComment,
        )
    )


@pytest.mark.usefixtures("demo_accounts")
def test_demo_loads_twice_without_duplicates(client):
    plan = coteaching_demo.load()
    counts = _counts()
    assert coteaching_demo.load().pk == plan.pk
    assert _counts() == counts

    assert plan.published_as_example and plan.featured
    assert plan.title == "Å leve med diabetes type 2"
    roles = set(Membership.objects.filter(team=plan.team).values_list("user__email", "role"))
    assert roles == {
        ("deltaker@demo.helsepedagogikk.no", "professional"),
        ("bruker@demo.helsepedagogikk.no", "user_representative"),
    }
    assert PlanSession.objects.filter(plan=plan).count() == 4
    assert SessionPart.objects.filter(session__plan=plan, lead="user_representative").exists()
    assert not PlanSection.objects.filter(plan=plan, text="").exists()

    listing = client.get(reverse("coteaching:examples")).content.decode()
    assert plan.title in listing
    assert client.get(reverse("coteaching:example", args=[plan.pk])).status_code == 200


def test_demo_without_accounts_is_skipped():
    assert coteaching_demo.load() is None
    assert not Team.objects.exists()
