"""After an approval: let the course decide again whether the people it
concerns have completed it (their certificate follows from there)."""

from __future__ import annotations

from assignments.models import Submission
from cohorts.models import Participant, ParticipantStatus
from modules import services as module_services


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


def after_approval(*, submission_id: int) -> None:
    """Called inside the approving transaction."""
    submission = Submission.objects.select_related("assignment__cohort__course", "participant__user").get(
        pk=submission_id
    )
    course = submission.assignment.cohort.course
    for user in concerned_users(submission):
        module_services.course_completion_check(user=user, course=course)
