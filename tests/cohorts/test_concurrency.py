"""Real parallel clients against PostgreSQL: the cohort row lock keeps every
burst of enrolments and cancellations within the seats."""

import pytest

from cohorts import services
from cohorts.models import Participant
from tests.concurrency import run_parallel
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import build_cohort
from tests.factories.modules import CourseIndexPageFactory, build_course

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_parallel_enrolments_and_cancellations_never_overbook(home):
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1, course_format="cohort")
    cohort = build_cohort(course, days=2, capacity=8)
    users = [UserFactory() for _ in range(36)]
    _results, errors = run_parallel(
        lambda u: services.participant_enrol(user=u, cohort_id=cohort.pk), users, threads=12
    )
    assert errors == []
    counts = {s: Participant.objects.filter(status=s).count() for s in ("confirmed", "waitlisted")}
    assert counts == {"confirmed": 8, "waitlisted": 28}

    confirmed = list(Participant.objects.filter(status="confirmed").values_list("user_id", flat=True))
    leaving = [u for u in users if u.pk in confirmed[:4]]
    _results, errors = run_parallel(
        lambda u: services.participant_cancel(user=u, cohort_id=cohort.pk), leaving, threads=4
    )
    assert errors == []
    assert Participant.objects.filter(status="confirmed").count() == 8
    assert Participant.objects.filter(status="cancelled").count() == 4
