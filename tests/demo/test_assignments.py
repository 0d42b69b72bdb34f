"""The assignments demo in a living cohort: today between day 2 and day 3,
the demo learner and the demo user representative in it, the demo group
leader leading a group. Built here with factories, as the cohorts loader
would; then the assignments loader runs twice."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from assignments import selectors
from assignments.models import (
    Assignment,
    AssignmentKind,
    Decision,
    Feedback,
    RubricLevel,
    Submission,
    SubmissionStatus,
)
from cohorts.models import Attendance, Participant
from demo.content import assignments as assignments_content
from demo.dates import is_working_day
from demo.loaders import assignments as assignments_loader
from demo.loaders import coteaching as coteaching_loader
from modules.models import Enrolment
from tests.factories.cohorts import (
    CohortFactory,
    CohortLeaderFactory,
    CourseDayFactory,
    LocalGroupFactory,
    ParticipantFactory,
)
from tests.factories.modules import build_course


@pytest.fixture
def living_cohort(demo_accounts, demo_home):
    course, _built = build_course(demo_home, modules=1, lessons=1)
    today = timezone.localdate()
    cohort = CohortFactory(
        course=course, starts_on=today - datetime.timedelta(days=20), ends_on=today + datetime.timedelta(days=40)
    )
    CohortLeaderFactory(cohort=cohort)
    for number, offset in enumerate([-20, -6, 8, 22, 36], start=1):
        start = timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=offset), datetime.time(9))
        )
        CourseDayFactory(cohort=cohort, number=number, starts_at=start, ends_at=start + datetime.timedelta(hours=6))
    leader = User.objects.get(email="gruppeleder@demo.helsepedagogikk.no")
    group = LocalGroupFactory(cohort=cohort, leader=leader)
    for email in ("deltaker@demo.helsepedagogikk.no", "bruker@demo.helsepedagogikk.no"):
        ParticipantFactory(cohort=cohort, group=group, user=User.objects.get(email=email))
    coteaching_loader.load()
    return cohort


def test_the_demo_cohort_gets_assignments_submissions_and_an_assessed_final_plan(living_cohort):
    assignments_loader.load()
    counts = (Assignment.objects.count(), Submission.objects.count())
    assignments_loader.load()  # idempotent
    assert (Assignment.objects.count(), Submission.objects.count()) == counts
    assert Assignment.objects.filter(cohort=living_cohort, kind=AssignmentKind.PRACTICE).count() == 3
    for assignment in Assignment.objects.all():
        assert assignment.full_clean() is None  # due after its day, on the cohort's days
        assert is_working_day(timezone.localtime(assignment.due_at).date())
    leader = User.objects.get(email="gruppeleder@demo.helsepedagogikk.no")
    assert len(selectors.waiting_submissions(user=leader)) == 2
    # The members it adds are enrolled and were there on the days that are over, like everyone else.
    added = Participant.objects.filter(user__email__in=[m["email"] for m in assignments_content.GROUP_MEMBERS])
    assert added.count() == len(assignments_content.GROUP_MEMBERS)
    for participant in added:
        assert Enrolment.objects.filter(user=participant.user, course=living_cohort.course).exists()
        assert Attendance.objects.filter(participant=participant, present=True).count() == 2
    final = Submission.objects.get(assignment__kind=AssignmentKind.FINAL_PLAN)
    # Sent back for a revision, revised and approved: the pair's requirement is met.
    assert (final.status, final.round, final.rubric_scores.count()) == (SubmissionStatus.APPROVED, 2, 7)
    assert list(final.feedback.order_by("round").values_list("decision", flat=True)) == [
        Decision.REVISION,
        Decision.APPROVE,
    ]
    assert all(score.level >= RubricLevel.MET for score in final.rubric_scores.all())
    # What people did happened on working days, never in the future.
    for when in [
        *Submission.objects.exclude(submitted_at=None).values_list("submitted_at", flat=True),
        *Submission.objects.exclude(decided_at=None).values_list("decided_at", flat=True),
        *Feedback.objects.values_list("created_at", flat=True),
    ]:
        assert is_working_day(timezone.localtime(when).date()) and when <= timezone.now()
    learner = User.objects.get(email="deltaker@demo.helsepedagogikk.no")
    statuses = dict(Submission.objects.filter(participant__user=learner).values_list("assignment__title", "status"))
    assert SubmissionStatus.APPROVED in statuses.values() and SubmissionStatus.DRAFT in statuses.values()
    assert all(s.submitted_at is None or s.submitted_at <= timezone.now() for s in Submission.objects.all())
