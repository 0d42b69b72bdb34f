"""After an approval: let the course decide again whether the people it
concerns have completed it (their certificate follows from there).

The approving transaction queues one outbox job per approval; the job runs
after the commit, so the course sees the approval, and an error in the
completion check never undoes the leader's decision (the outbox retries it
and lists it for staff if it keeps failing)."""

from __future__ import annotations

from assignments.models import Submission
from cohorts.models import Participant, ParticipantStatus
from elearning import outbox
from modules import services as module_services


def completion_key(submission_id: int, round_: int) -> str:
    return f"assignments.completion:{submission_id}:{round_}"


def concerned_users(submission: Submission) -> list:
    """The participant, and for a final plan every team member who is a
    confirmed participant of the same cohort. One or two queries."""
    users = {submission.participant.user_id: submission.participant.user}
    if submission.team_id:
        for participant in Participant.objects.select_related("user").filter(
            cohort_id=submission.assignment.cohort_id,
            status=ParticipantStatus.CONFIRMED,
            user__coteaching_memberships__team_id=submission.team_id,
        ):
            users[participant.user_id] = participant.user
    return list(users.values())


def after_approval(*, submission: Submission) -> None:
    """Called inside the approving transaction: queue the completion check."""
    outbox.enqueue(
        "assignments.tasks.check_completion", submission.pk, key=completion_key(submission.pk, submission.round)
    )


def completion_check(*, submission_id: int) -> int:
    """Ask the course to check completion for everyone an approved submission
    concerns. Idempotent (so is the course's check). Returns how many were asked."""
    submission = (
        Submission.objects.select_related("assignment__cohort__course", "participant__user")
        .filter(pk=submission_id)
        .first()
    )
    if submission is None:
        return 0
    course = submission.assignment.cohort.course
    users = concerned_users(submission)
    for user in users:
        module_services.course_completion_check(user=user, course=course)
    return len(users)
