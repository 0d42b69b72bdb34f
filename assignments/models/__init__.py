"""The assignments app's models, one module per subject."""

from assignments.models.assignments import TITLE_MAX_LENGTH, Assignment, AssignmentKind, Visibility
from assignments.models.reminders import Reminder, ReminderKind
from assignments.models.submissions import (
    COMMENT_MAX_LENGTH,
    EDITABLE_STATUSES,
    FEEDBACK_MAX_LENGTH,
    FILE_MAX_BYTES,
    TEXT_MAX_LENGTH,
    UPLOAD_ROOT,
    WAITING_STATUSES,
    Comment,
    Decision,
    Feedback,
    RubricCriterion,
    RubricLevel,
    RubricScore,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)

__all__ = [
    "COMMENT_MAX_LENGTH",
    "EDITABLE_STATUSES",
    "FEEDBACK_MAX_LENGTH",
    "FILE_MAX_BYTES",
    "TEXT_MAX_LENGTH",
    "TITLE_MAX_LENGTH",
    "UPLOAD_ROOT",
    "WAITING_STATUSES",
    "Assignment",
    "AssignmentKind",
    "Comment",
    "Decision",
    "Feedback",
    "Reminder",
    "ReminderKind",
    "RubricCriterion",
    "RubricLevel",
    "RubricScore",
    "Submission",
    "SubmissionFile",
    "SubmissionStatus",
    "Visibility",
]
