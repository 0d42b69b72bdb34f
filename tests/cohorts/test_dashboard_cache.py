""" "Mine kurs" keeps the cohorts section per learner (modules.learner_html,
user_cache.reads("cohorts")): signing up, a title staff change, being made a
group leader and cancelling show on the next request."""

import pytest
from django.urls import reverse

from cohorts import services
from tests.factories.cohorts import LocalGroupFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("modules:dashboard")


def test_signing_up_a_new_title_and_cancelling_show_on_the_next_request(client, cohort, learner):
    client.force_login(learner)
    assert cohort.title not in client.get(DASHBOARD).content.decode()
    services.participant_enrol(user=learner, cohort_id=cohort.pk)
    assert cohort.title in client.get(DASHBOARD).content.decode()

    cohort.title = "Kull våren 2027"
    cohort.save()
    assert "Kull våren 2027" in client.get(DASHBOARD).content.decode()

    services.participant_cancel(user=learner, cohort_id=cohort.pk)  # a queryset update
    assert "Kull våren 2027" not in client.get(DASHBOARD).content.decode()


def test_a_new_group_leader_sees_their_group_on_the_next_request(client, cohort, learner):
    client.force_login(learner)
    assert "Gruppe Tromsø" not in client.get(DASHBOARD).content.decode()
    LocalGroupFactory(cohort=cohort, leader=learner, name="Gruppe Tromsø")
    assert "Gruppe Tromsø" in client.get(DASHBOARD).content.decode()
