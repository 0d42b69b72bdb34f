"""Writes: starting attempts (starting), saving answers (saving), submitting
(submitting); what they share is in common.

Guarantees (each is tested, the concurrent ones on PostgreSQL):

- (user, quiz, number) is unique and a user has at most one unfinished
  attempt per quiz (both database constraints). attempt_start never creates
  an attempt numbered above the quiz's limit, so the limit holds however
  many starts arrive at once: a start that loses a race on either
  constraint reads again and resumes or refuses.
- An answer is saved only while its attempt is open: answer_save writes it
  with one conditional statement (INSERT … SELECT from the attempt row if it
  is the learner's, open and in time, FOR SHARE, ON CONFLICT DO UPDATE
  unless the saved answer is checked), and attempt_submit locks the row for
  update before it reads the answers. A save and a submit never interleave:
  the save is in the grade, or it finds the attempt closed. The stored
  score is always the grade of the stored answers.
- attempt_submit grades and closes an attempt exactly once (a conditional
  UPDATE … WHERE submitted_at IS NULL under the row lock, which writes the
  report rows in the same statement); a double click, a replay or a retry
  after a lost response gets the same result back.
- After the deadline plus settings.QUIZ_GRACE_SECONDS nothing more is saved:
  the attempt is closed with the answers saved in time, and the learner is
  told why.

Errors a learner can cause raise UserError subclasses with a translated
``message``; nothing here raises for forged ids except AttemptNotFound.

Quizzes know nothing of the app whose pages hold them (modules imports
quizzes, never the other way). That app answers through two Wagtail hooks:

- ``quiz_lesson_access``: ``fn(*, user, lesson_id: int, quiz_id: int) -> bool``:
  may ``user`` take quiz ``quiz_id`` from lesson ``lesson_id``? An attempt
  from a lesson starts only if every registered function says yes (and at
  least one is registered).
- ``quiz_passed``: ``fn(*, user, lesson_id: int, quiz_id: int) -> None``:
  called inside the transaction that records a pass, so the lesson's
  progress and the attempt commit together.
- ``quiz_time_limits``: ``fn(*, lesson_id: int, quiz_id: int) -> bool``: do
  time limits apply to quiz ``quiz_id`` in lesson ``lesson_id``? An attempt
  gets a deadline only if every registered function says yes, and it is
  the learner's own (quizzes.selectors.time_limit_for: a staff-granted
  TimeLimitExtension gives extra minutes or no limit).
"""

from quizzes.answers import AnswerRefused
from quizzes.services.common import (
    LESSON_ACCESS_HOOK,
    MAX_SNAPSHOTS,
    QUIZ_PASSED_HOOK,
    SUBMITTED_MESSAGE,
    TIME_UP_MESSAGE,
    AttemptClosed,
    AttemptNotFound,
    NoAttemptsLeft,
    QuizNotAvailable,
    TimeUp,
    grace,
    is_late,
)
from quizzes.services.saving import MAX_SAVE_FRAMES, SaveResult, answer_save
from quizzes.services.starting import START_RETRIES, attempt_start, draw_questions, question_spec, snapshot_for
from quizzes.services.submitting import RESULT_BATCH, SubmitResult, attempt_submit, results_store

__all__ = [
    "LESSON_ACCESS_HOOK",
    "MAX_SAVE_FRAMES",
    "MAX_SNAPSHOTS",
    "QUIZ_PASSED_HOOK",
    "RESULT_BATCH",
    "START_RETRIES",
    "SUBMITTED_MESSAGE",
    "TIME_UP_MESSAGE",
    "AnswerRefused",
    "AttemptClosed",
    "AttemptNotFound",
    "NoAttemptsLeft",
    "QuizNotAvailable",
    "SaveResult",
    "SubmitResult",
    "TimeUp",
    "answer_save",
    "attempt_start",
    "attempt_submit",
    "draw_questions",
    "grace",
    "is_late",
    "question_spec",
    "results_store",
    "snapshot_for",
]
