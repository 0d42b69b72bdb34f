"""Integrity of cohorts lives in the database: these constraints hold
whatever code writes the rows."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from accounts.models import Role
from cohorts.models import Attendance, CohortLeader, CourseDay, Participant, ParticipantStatus
from cohorts.types import GroupCell, Requirement, TimelineItem
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import CohortFactory, CourseDayFactory, ParticipantFactory, oslo

pytestmark = pytest.mark.django_db


def _refused(**kwargs):
    with pytest.raises(IntegrityError), transaction.atomic():
        kwargs.pop("factory")(**kwargs)


def test_cohort_dates_and_enrolment_window_are_checked(course):
    start = datetime.date(2027, 2, 1)
    _refused(factory=CohortFactory, course=course, starts_on=start, ends_on=start - datetime.timedelta(days=1))
    _refused(
        factory=CohortFactory,
        course=course,
        enrolment_opens_at=oslo(start, 9),
        enrolment_closes_at=oslo(start - datetime.timedelta(days=3), 9),
    )
    CohortFactory(course=course, slug="kull-v27")
    _refused(factory=CohortFactory, course=course, slug="kull-v27")
    CohortFactory(course=course, starts_on=start, ends_on=start)  # a one-day cohort is fine


def test_course_day_constraints(cohort):
    day = cohort.days.get(number=1)
    _refused(factory=CourseDayFactory, cohort=cohort, number=1)
    _refused(factory=CourseDayFactory, cohort=cohort, number=9, starts_at=day.starts_at, ends_at=day.starts_at)
    _refused(factory=CourseDayFactory, cohort=cohort, number=9, format="hybrid")
    assert CourseDay.objects.get(pk=day.pk).ics_sequence == 0 and day.version == 1
    assert str(day.label) == "Dag 1"


def test_participant_is_unique_and_waitlisted_needs_a_time(cohort, learner):
    ParticipantFactory(cohort=cohort, user=learner)
    _refused(factory=ParticipantFactory, cohort=cohort, user=learner)
    _refused(factory=ParticipantFactory, cohort=cohort, status=ParticipantStatus.WAITLISTED)
    _refused(factory=ParticipantFactory, cohort=cohort, status="maybe")


def test_leader_roles_and_uniqueness(cohort):
    leader = cohort.leaders.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        CohortLeader.objects.create(cohort=cohort, user=leader.user, role=Role.USER_REPRESENTATIVE)
    with pytest.raises(IntegrityError), transaction.atomic():
        CohortLeader.objects.create(cohort=cohort, user=UserFactory(), role=Role.RELATIVE)


def test_attendance_is_one_row_per_day_and_participant(cohort, learner):
    member = ParticipantFactory(cohort=cohort, user=learner)
    day = cohort.days.first()
    Attendance.objects.create(day=day, participant=member, present=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attendance.objects.create(day=day, participant=member, present=False)


def test_deleting_a_user_removes_their_participation(cohort, learner):
    ParticipantFactory(cohort=cohort, user=learner)
    learner.delete()
    assert not Participant.objects.filter(cohort=cohort).exists()


def test_hook_types_are_frozen_values():
    requirement = Requirement(key="plan", label="Sluttplan godkjent", met=False)
    assert requirement.url == "" and GroupCell("Oppgave 1", "Levert").url == ""
    item = TimelineItem(kind="assignment", label="Praksisoppgave 1", url="/x/", due_at=None, done=False)
    with pytest.raises(AttributeError):
        item.done = True  # frozen


def test_my_data_export_and_erase(cohort, learner):
    from cohorts import privacy  # noqa: PLC0415 - the module under test

    member = ParticipantFactory(cohort=cohort, user=learner, group=cohort.groups.first())
    Attendance.objects.create(day=cohort.days.first(), participant=member, present=True)
    name, data = privacy.export_user_data(learner)
    assert name == "cohorts" and data["participations"][0]["cohort"] == cohort.title
    assert data["attendance"] == [{"cohort": cohort.title, "day": 1, "present": True}]
    privacy.erase_user_data(learner)
    learner.delete()  # what the account deletion does after every erase hook
    assert not Participant.objects.exists() and not Attendance.objects.exists()
