"""The cohorts beside a cohort course (user_cache.reads("cohorts")) are
kept per learner: another person's seat, the learner's own sign-up and a
cohort staff unpublish show on the next request."""

import pytest

from cohorts import services
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_seats_a_sign_up_and_an_unpublished_cohort_show_on_the_next_request(client, course, cohort, learner):
    client.force_login(learner)
    assert "20 ledige plasser" in client.get(course.url).content.decode()
    services.participant_enrol(user=UserFactory(), cohort_id=cohort.pk)
    assert "19 ledige plasser" in client.get(course.url).content.decode()
    services.participant_enrol(user=learner, cohort_id=cohort.pk)
    html = client.get(course.url).content.decode()
    assert "18 ledige plasser" in html and "Du har plass" in html
    cohort.published = False
    cohort.save()
    assert cohort.title not in client.get(course.url).content.decode()
