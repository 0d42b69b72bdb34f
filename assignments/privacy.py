"""Assignments' part of "Mine data" (see accounts.privacy).

A participant's submissions, files and comments are theirs: erasing the
person deletes them (the Participant row goes with the account, and the
submissions cascade; files are removed from storage here). Feedback and
rubric scores a leader wrote stay with the submission they belong to, with
the author set to NULL."""

from django.db import transaction

from assignments.models import Comment, Feedback, Reminder, RubricScore, Submission, SubmissionFile


def export_user_data(user) -> tuple[str, dict]:
    submissions = (
        Submission.objects.filter(participant__user=user)
        .select_related("assignment__cohort", "plan")
        .prefetch_related("files", "feedback", "rubric_scores")
        .order_by("created_at", "pk")
    )
    return "assignments", {
        "submissions": [
            {
                "assignment": s.assignment.title,
                "cohort": s.assignment.cohort.title,
                "status": s.status,
                "text": s.text,
                "teaching_plan": s.plan.title if s.plan else None,
                "submitted_at": s.submitted_at.isoformat() if s.submitted_at else None,
                "late": s.is_late,
                "files": [f.original_name for f in s.files.all()],
                "feedback": [
                    {"text": f.text, "decision": f.decision, "written_at": f.created_at.isoformat()}
                    for f in s.feedback.all()
                ],
                "rubric": [
                    {"criterion": r.criterion, "level": r.level, "feedback": r.feedback} for r in s.rubric_scores.all()
                ],
            }
            for s in submissions
        ],
        "comments": [
            {"text": c.text, "written_at": c.created_at.isoformat()}
            for c in Comment.objects.filter(author=user).order_by("created_at", "pk")
        ],
        "feedback_you_gave": Feedback.objects.filter(author=user).count(),
    }


def erase_user_data(user) -> None:
    # The stored files go once the erasure has committed: a rollback keeps
    # them with their rows (the orphan sweep catches a delete that is lost).
    files = list(SubmissionFile.objects.filter(submission__participant__user=user).values_list("file", flat=True))
    storage = SubmissionFile._meta.get_field("file").storage

    def delete_files():
        for name in files:
            storage.delete(name)

    transaction.on_commit(delete_files)
    Submission.objects.filter(participant__user=user).delete()
    Comment.objects.filter(author=user).delete()
    Reminder.objects.filter(user=user).delete()
    Feedback.objects.filter(author=user).update(author=None)
    RubricScore.objects.filter(assessed_by=user).update(assessed_by=None)
    SubmissionFile.objects.filter(uploaded_by=user).update(uploaded_by=None)
