import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from assignments.models import Assignment, AssignmentKind, Submission, SubmissionStatus
from tests.factories.assignments import AssignmentFactory, SubmissionFactory


def test_a_status_outside_the_state_machine_is_refused_by_the_database(world, assignment):
    submission = SubmissionFactory(assignment=assignment, participant=world.learner)
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=submission.pk).update(status="lost")


def test_a_submitted_row_needs_its_time(world, assignment):
    submission = SubmissionFactory(assignment=assignment, participant=world.learner)
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.SUBMITTED)


def test_one_submission_per_participant_and_assignment(world, assignment):
    SubmissionFactory(assignment=assignment, participant=world.learner)
    with pytest.raises(IntegrityError), transaction.atomic():
        SubmissionFactory(assignment=assignment, participant=world.learner)


def test_an_assignment_due_before_its_day_has_ended_is_refused_at_save_time(world):
    day = world.days[1]
    assignment = Assignment(
        cohort=world.cohort, after_day=day, title="For tidlig", due_at=day.ends_at - datetime.timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as refused:
        assignment.full_clean()
    assert "due_at" in refused.value.message_dict


def test_an_assignment_cannot_close_before_it_is_due(world, assignment):
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.filter(pk=assignment.pk).update(closes_at=assignment.due_at - datetime.timedelta(days=1))


def test_a_cohort_has_one_final_plan(world):
    AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN)
    with pytest.raises(IntegrityError), transaction.atomic():
        AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN)
