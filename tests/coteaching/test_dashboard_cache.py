""" "Mine kurs" keeps the teaching plans section per member
(modules.learner_html, user_cache.reads("coteaching")): what another member of
the team changes shows on the next request."""

import pytest
from django.urls import reverse

from coteaching import services

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("modules:dashboard")


def test_a_plan_another_member_renames_shows_on_the_next_request(client, full_plan, professional, user_rep):
    client.force_login(professional)
    assert full_plan.title in client.get(DASHBOARD).content.decode()
    services.plan_rename(
        user=user_rep, plan=full_plan, title="Mestring sammen", team_name="Lærings- og mestringsteamet"
    )
    html = client.get(DASHBOARD).content.decode()
    assert "Mestring sammen" in html and "Lærings- og mestringsteamet" in html  # the team's name: a queryset update


def test_publishing_as_an_example_shows_on_the_next_request(client, full_plan, professional, user_rep):
    client.force_login(professional)
    assert "publisert som eksempel" not in client.get(DASHBOARD).content.decode()
    services.plan_publish_as_example(user=user_rep, plan=full_plan)
    assert "publisert som eksempel" in client.get(DASHBOARD).content.decode()
