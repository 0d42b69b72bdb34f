"""Two leaders decide on one submission at the same moment, against
PostgreSQL: the conditional UPDATE on the version lets exactly one win; the
other gets an EditConflict that carries their text, and nothing is
overwritten. Two reminder sweeps at once add each reminder once."""

import datetime

import pytest

from assignments import services
from assignments.models import Decision, Feedback, Reminder, SubmissionStatus
from elearning.errors import EditConflict
from tests.assignments.conftest import make_world
from tests.concurrency import run_parallel
from tests.factories.assignments import AssignmentFactory
from tests.factories.modules import build_course

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(home):
    course, _built = build_course(home, modules=1, lessons=1)
    return make_world(course)


def test_two_leaders_deciding_at_once_never_overwrite_each_other(world):
    assignment = AssignmentFactory(cohort=world.cohort, after_day=world.days[0])
    submitted = services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Svar", base_version=0, submit=True
    )
    decisions = [
        (world.group_leader, Decision.REVISION, "Skriv mer om målene."),
        (world.course_leader, Decision.FEEDBACK, "Fin refleksjon."),
    ]
    results, errors = run_parallel(
        lambda item: services.feedback_give(
            user=item[0], submission_id=submitted.pk, text=item[2], decision=item[1], base_version=submitted.version
        ),
        decisions,
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], EditConflict)
    saved = Feedback.objects.get()
    expected = {
        Decision.REVISION: SubmissionStatus.REVISION_REQUESTED,
        Decision.FEEDBACK: SubmissionStatus.FEEDBACK_GIVEN,
    }
    assert results[0].status == expected[saved.decision]
    assert {errors[0].yours, saved.text} == {"Skriv mer om målene.", "Fin refleksjon."}  # the loser keeps their text


def test_two_sweeps_at_once_add_each_reminder_once(world):
    assignment = AssignmentFactory(cohort=world.cohort, after_day=world.days[0])
    now = assignment.due_at - datetime.timedelta(hours=12)
    results, errors = run_parallel(lambda _i: services.reminders_enqueue(now=now), range(2))
    assert errors == []
    assert sorted(results) == [0, 3]  # one sweep added the three reminders, the other found them
    assert Reminder.objects.count() == 3  # learner, peer, stranger
