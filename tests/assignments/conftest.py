from dataclasses import dataclass

import pytest

from accounts.models import Role
from cohorts.models import Cohort, LocalGroup, Participant
from elearning.models import HomePage
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.modules import build_course
from tests.module_data import built_once, for_test


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@dataclass
class World:
    cohort: Cohort
    group: LocalGroup
    other_group: LocalGroup
    learner: Participant
    peer: Participant
    stranger: Participant  # in the cohort, in the other group
    course_leader: object
    group_leader: object
    outsider: object

    @property
    def days(self):
        return list(self.cohort.days.order_by("number"))


def make_world(course) -> World:
    cohort = build_cohort(course, days=3, groups=2)
    group, other_group = list(cohort.groups.order_by("pk"))
    course_leader = cohort.leaders.get(role=Role.PROFESSIONAL).user
    return World(
        cohort=cohort,
        group=group,
        other_group=other_group,
        learner=ParticipantFactory(cohort=cohort, group=group),
        peer=ParticipantFactory(cohort=cohort, group=group, user=UserRepresentativeFactory()),
        stranger=ParticipantFactory(cohort=cohort, group=other_group),
        course_leader=course_leader,
        group_leader=group.leader,
        outsider=UserFactory(),
    )


def _build_course(home):
    course, _built = build_course(home, modules=1, lessons=1)
    return course


@built_once
def _course_and_world():
    course = _build_course(HomePage.objects.get(depth=2))
    return course, make_world(course)


@pytest.fixture
def _course_and_world_for_test(_course_and_world, db):
    return for_test(_course_and_world)


@pytest.fixture
def course(request, home):
    """The world's course for a test that has the world, else a course alone."""
    if "_course_and_world" in request.fixturenames:
        return request.getfixturevalue("_course_and_world_for_test")[0]
    return _build_course(home)


@pytest.fixture
def world(_course_and_world_for_test) -> World:
    return _course_and_world_for_test[1]


@pytest.fixture
def assignment(world):
    return AssignmentFactory(cohort=world.cohort, after_day=world.days[0])
