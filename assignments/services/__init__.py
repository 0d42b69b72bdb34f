"""Every write for assignments, one module per subject; ``from assignments
import services`` gives them all.

Guarantees, for every service:
- keyword-only, atomic, and safe to call twice (a double submit returns what
  the first one did);
- a refusal is an ``elearning.errors.UserError`` (Conflict, EditConflict)
  with a message for the person; views have already answered 404 to anyone
  outside the cohort, and the services check again;
- a submission moves between states only by a conditional UPDATE on the
  state it comes from and the version the actor saw (``rules.transition``),
  and the states are held by the database's constraints;
- files are checked by their content before anything is written;
- reminders and e-mails go through the transactional outbox, each at most once.
"""

from assignments.services.completion import completion_check
from assignments.services.copying import assignments_copy
from assignments.services.final_plan import final_plan_submit
from assignments.services.reminders import reminder_send, reminders_enqueue, waiting_digest_send
from assignments.services.reviews import comment_add, feedback_give, final_plan_assess
from assignments.services.storage import orphan_files_delete
from assignments.services.submissions import file_delete, submission_save

__all__ = [
    "assignments_copy",
    "comment_add",
    "completion_check",
    "feedback_give",
    "file_delete",
    "final_plan_assess",
    "final_plan_submit",
    "orphan_files_delete",
    "reminder_send",
    "reminders_enqueue",
    "submission_save",
    "waiting_digest_send",
]
