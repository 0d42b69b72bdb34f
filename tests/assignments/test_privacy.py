from wagtail import hooks

from assignments import services
from assignments.models import Decision, Feedback, Submission, SubmissionFile
from tests.factories.assignments import pdf


def test_mine_data_exports_and_erases_a_participants_submissions(world, assignment, django_capture_on_commit_callbacks):
    submission = services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Min refleksjon", base_version=0, submit=True,
        uploads=[pdf("notat.pdf")],
    )  # fmt: skip
    services.feedback_give(
        user=world.group_leader, submission_id=submission.pk, text="Godt skrevet.", decision=Decision.FEEDBACK,
        base_version=submission.version,
    )  # fmt: skip
    stored = SubmissionFile.objects.get()
    exported = dict(fn(world.learner.user) for fn in hooks.get_hooks("user_data_export"))["assignments"]
    assert exported["submissions"][0]["text"] == "Min refleksjon"
    assert exported["submissions"][0]["files"] == ["notat.pdf"]
    assert exported["submissions"][0]["feedback"][0]["text"] == "Godt skrevet."

    for fn in hooks.get_hooks("user_data_erase"):
        fn(world.group_leader)
    assert Feedback.objects.get().author is None  # the leader's feedback stays with the submission
    with django_capture_on_commit_callbacks() as callbacks:
        for fn in hooks.get_hooks("user_data_erase"):
            fn(world.learner.user)
    assert stored.file.storage.exists(stored.file.name)  # until the erasure commits
    for callback in callbacks:
        callback()
    assert not Submission.objects.exists()
    assert not stored.file.storage.exists(stored.file.name)
