import pytest

from assignments import services
from assignments.models import Decision, Feedback, SubmissionStatus, Visibility
from elearning.errors import Conflict, EditConflict, UserError


@pytest.fixture
def completion_checks(monkeypatch):
    """Who the course was asked to re-check, instead of the real check."""
    calls = []
    monkeypatch.setattr(
        "modules.services.course_completion_check",
        lambda *, user, course: calls.append((user.pk, course.pk)),
        raising=False,
    )
    return calls


@pytest.fixture
def submitted(world, assignment):
    return services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Mitt svar", base_version=0, submit=True
    )


def give(user, submission, *, text="Godt observert.", decision=Decision.FEEDBACK, base_version=None):
    return services.feedback_give(
        user=user, submission_id=submission.pk, text=text, decision=decision,
        base_version=submission.version if base_version is None else base_version,
    )  # fmt: skip


def test_the_group_leader_gives_feedback_and_the_learner_revises(world, submitted):
    reviewed = give(world.group_leader, submitted, decision=Decision.REVISION, text="Skriv mer om målene.")
    assert reviewed.status == SubmissionStatus.REVISION_REQUESTED
    revised = services.submission_save(
        user=world.learner.user, assignment_id=submitted.assignment_id, text="Mitt svar, med mål.",
        base_version=reviewed.version, submit=True,
    )  # fmt: skip
    assert (revised.status, revised.round) == (SubmissionStatus.SUBMITTED, 2)
    assert list(revised.feedback.values_list("text", "round")) == [("Skriv mer om målene.", 1)]


def test_approval_asks_the_course_to_check_completion_after_the_commit(
    world, submitted, completion_checks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        approved = give(world.course_leader, submitted, decision=Decision.APPROVE, text="")
        assert completion_checks == []
    assert approved.status == SubmissionStatus.APPROVED and approved.decided_at
    assert completion_checks == [(world.learner.user.pk, world.cohort.course_id)]


def test_two_leaders_at_once_never_overwrite_each_other(world, submitted):
    opened_at = submitted.version
    give(world.group_leader, submitted, text="Fint observert.", base_version=opened_at)
    with pytest.raises(EditConflict) as conflict:
        give(world.course_leader, submitted, decision=Decision.REVISION, text="Mer om rammene.", base_version=opened_at)
    assert conflict.value.current.status == SubmissionStatus.FEEDBACK_GIVEN
    assert conflict.value.yours == "Mer om rammene."
    assert list(Feedback.objects.values_list("text", flat=True)) == ["Fint observert."]


def test_a_decision_after_someone_approved_is_refused_and_keeps_nothing_of_it(world, submitted):
    opened_at = submitted.version
    give(world.group_leader, submitted, decision=Decision.APPROVE, text="Godkjent.", base_version=opened_at)
    with pytest.raises(Conflict) as refused:
        give(world.course_leader, submitted, decision=Decision.REVISION, text="Mer om rammene.", base_version=opened_at)
    assert refused.value.code == "approved"
    assert list(Feedback.objects.values_list("text", flat=True)) == ["Godkjent."]


def test_the_same_feedback_sent_twice_is_recorded_once(world, submitted):
    give(world.group_leader, submitted, base_version=submitted.version)
    give(world.group_leader, submitted, base_version=submitted.version)
    assert Feedback.objects.count() == 1


def test_an_approved_submission_takes_no_more_decisions(world, submitted):
    approved = give(world.course_leader, submitted, decision=Decision.APPROVE, text="Bra.")
    with pytest.raises(Conflict):
        give(world.group_leader, approved, decision=Decision.REVISION, text="Nei vent.")


@pytest.mark.parametrize("who", ["other_group_leader", "peer", "outsider", "learner"])
def test_only_the_reviewers_give_feedback(world, submitted, who):
    user = {
        "other_group_leader": world.other_group.leader,
        "peer": world.peer.user,
        "outsider": world.outsider,
        "learner": world.learner.user,
    }[who]
    with pytest.raises(UserError) as refused:
        give(user, submitted)
    assert refused.value.code == "not_found"


def test_feedback_needs_text_unless_it_approves(world, submitted):
    with pytest.raises(UserError) as refused:
        give(world.group_leader, submitted, text="  ")
    assert refused.value.field == "text"


def test_the_group_comments_when_the_assignment_allows_it(world, assignment, submitted):
    assignment.visibility = Visibility.GROUP
    assignment.allow_comments = True
    assignment.save()
    comment = services.comment_add(
        user=world.peer.user, submission_id=submitted.pk, text="Kjente meg igjen!", submit_key="k1"
    )
    again = services.comment_add(
        user=world.peer.user, submission_id=submitted.pk, text="Kjente meg igjen!", submit_key="k1"
    )
    assert again.pk == comment.pk and submitted.comments.count() == 1
    with pytest.raises(UserError) as refused:
        services.comment_add(user=world.stranger.user, submission_id=submitted.pk, text="Hei", submit_key="k2")
    assert refused.value.code == "not_found"


def test_no_comments_where_the_assignment_does_not_allow_them(world, submitted):
    with pytest.raises(Conflict):
        services.comment_add(user=world.group_leader, submission_id=submitted.pk, text="Hei", submit_key="k3")
