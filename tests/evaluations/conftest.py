import datetime

import pytest
from django.utils import timezone

from cohorts.models import ParticipantStatus
from elearning.models import HomePage
from evaluations.models import FormKind
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.module_data import built_once, for_test


@built_once
def _course():
    course, _modules = build_course(CourseIndexPageFactory(parent=HomePage.objects.get(depth=2)), modules=1, lessons=1)
    return course


@pytest.fixture
def course(_course, db):
    return for_test(_course)


@pytest.fixture
def cohort(course):
    """Five days a week apart: days 1 and 2 are past, day 3 is in four days."""
    return build_cohort(course, days=5, starts_on=timezone.localdate() - datetime.timedelta(days=10))


@pytest.fixture
def days(cohort):
    return list(cohort.days.order_by("number"))


@pytest.fixture
def learner(cohort):
    return ParticipantFactory(cohort=cohort, user=UserFactory(), status=ParticipantStatus.CONFIRMED).user


@pytest.fixture
def leader(cohort):
    return cohort.leaders.first().user


@pytest.fixture
def day_form(course):
    return build_form(course, FormKind.COURSE_DAY)
