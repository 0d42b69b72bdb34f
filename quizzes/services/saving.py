"""Saving an answer: one conditional statement (see quizzes.services)."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from elearning import content_cache
from quizzes import answers as answer_forms
from quizzes import grading
from quizzes.answers import AnswerRefused
from quizzes.models import Answer, Attempt, FeedbackMode
from quizzes.services.common import (
    SUBMITTED_MESSAGE,
    TIME_UP_MESSAGE,
    AttemptClosed,
    AttemptNotFound,
    TimeUp,
    closed_message,
    grace,
    is_late,
    kept_snapshot,
)
from quizzes.services.submitting import attempt_submit


@dataclass
class SaveResult:
    answer: Answer
    question_count: int  # in the attempt, for the navigation that follows a save
    grade: grading.Grade | None = None  # given when the learner checked the answer


# The attempt, if it is the learner's, still open and not past its deadline plus grace, share-locked
# until the statement that writes the answer commits: a submit (which locks the row for update
# before it reads the answers) either waits for the write or makes it find no open attempt.
# PostgreSQL re-checks these conditions on the row a submit has just closed.
_OPEN_ATTEMPT = """
    SELECT id FROM quizzes_attempt
    WHERE id = %s AND user_id = %s AND submitted_at IS NULL AND (deadline IS NULL OR deadline >= %s){lock}
"""
# One statement, no transaction of its own: the answer is inserted, or replaces the saved one unless
# that one is checked (final). No row comes back when nothing was written.
_UPSERT_ANSWER = """
    INSERT INTO quizzes_answer (attempt_id, question_id, value, checked, updated_at)
    SELECT id, %s, %s, %s, %s FROM ({open_attempt}) AS open_attempt WHERE true
    ON CONFLICT (attempt_id, question_id) DO UPDATE
    SET value = excluded.value, checked = excluded.checked, updated_at = excluded.updated_at
    WHERE NOT quizzes_answer.checked
    RETURNING id
"""


def answer_write(*, user, attempt_id: int, question_id: int, value, check: bool, now) -> int | None:
    """Write the answer if the attempt is open (one conditional statement); its id, or None.
    No answer (None) is stored too, as a row without a value: it clears a saved answer. Its own
    function so that tests can make something happen between answer_save's read and this write."""
    ops = connection.ops
    open_attempt = _OPEN_ATTEMPT.format(lock=" FOR SHARE" if connection.vendor == "postgresql" else "")
    stored = Answer._meta.get_field("value").get_db_prep_save(value, connection)
    params = [question_id, stored, check, ops.adapt_datetimefield_value(now)]
    params += [attempt_id, user.pk, ops.adapt_datetimefield_value(now - grace())]
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT_ANSWER.format(open_attempt=open_attempt), params)
        row = cursor.fetchone()
    return row[0] if row else None


# What a save needs to know of the attempt: its questions, their order and the order of the
# matches, and its feedback mode, none of which changes once it has started. Each process keeps
# them for the attempts saved to lately, so a save is usually one statement, the write, which
# holds every condition that can change (the learner's, open, in time, not checked): a kept frame
# can never let a save through that the database would refuse. The content version is in the key
# only so that tests, which start each with a new one, never meet a frame of another test's attempt.
_ATTEMPT_FOR_SAVE = """
    SELECT a.question_ids, a.target_order, a.feedback_mode, a.submitted_at IS NOT NULL, a.timed_out,
        a.deadline IS NOT NULL AND a.deadline < %s, a.snapshot_id, s.questions
    FROM quizzes_attempt a JOIN quizzes_quizsnapshot s ON s.id = a.snapshot_id
    WHERE a.id = %s AND a.user_id = %s
"""
MAX_SAVE_FRAMES = 5000  # under 1 KB each
_save_frames: dict[tuple, _SaveFrame] = {}


@dataclass(frozen=True)
class _SaveFrame:
    question_ids: list[int]
    target_order: dict
    immediate_feedback: bool
    questions: dict  # the snapshot, {str(question id): spec}


def _frame_for_save(*, user, attempt_id: int, now) -> _SaveFrame:
    """The attempt's frame, read if this process has none for it; refuses
    an attempt that is not the learner's, closed, or out of time."""
    if not user.pk:
        raise AttemptNotFound(_("This attempt does not exist."))
    key = (content_cache.version(), attempt_id, user.pk)
    frame = _save_frames.get(key)
    if frame is not None:
        return frame
    since = connection.ops.adapt_datetimefield_value(now - grace())
    with connection.cursor() as cursor:
        cursor.execute(_ATTEMPT_FOR_SAVE, [since, attempt_id, user.pk])
        row = cursor.fetchone()
    if row is None:
        raise AttemptNotFound(_("This attempt does not exist."))
    question_ids, target_order, feedback_mode, submitted, timed_out, late, snapshot_id, questions = row
    if submitted:
        raise AttemptClosed(TIME_UP_MESSAGE if timed_out else SUBMITTED_MESSAGE)
    if late:
        _close_late(user=user, attempt_id=attempt_id, now=now)
    frame = _SaveFrame(
        question_ids=json.loads(question_ids),
        target_order=json.loads(target_order),
        immediate_feedback=feedback_mode == FeedbackMode.IMMEDIATE,
        questions=kept_snapshot(snapshot_id, lambda: json.loads(questions)),
    )
    if len(_save_frames) >= MAX_SAVE_FRAMES:
        _save_frames.clear()
    _save_frames[key] = frame
    return frame


def answer_save(
    *,
    user,
    attempt_id: int,
    data,
    question_id: int | None = None,
    number: int | None = None,
    check: bool = False,
    now: datetime.datetime | None = None,
) -> SaveResult:
    """Save the learner's answer to one question of their open attempt, from
    form ``data`` (see quizzes.answers); the question is given by its id or
    by its ``number`` in the attempt (1-based, as in the attempt's pages).
    ``check`` asks for immediate feedback (practice mode): the answer is
    then final. Saving the same answer twice changes nothing.
    Refuses, with a message and without touching saved answers: someone
    else's attempt or a number it does not have (AttemptNotFound), a
    submitted attempt (AttemptClosed), a save after the deadline plus grace
    (TimeUp; the attempt is then closed with the answers saved in time),
    and input that is not an answer to this question (AnswerRefused).

    No transaction and usually one query: the answer is written by one
    statement that holds the conditions (the learner's, open, in time, not
    checked) in the database, so a save that races a submit is either
    graded with the attempt or refused, never stored after the grading.
    The attempt's frame is read first when this process has not kept it
    (see _ATTEMPT_FOR_SAVE)."""
    now = now or timezone.now()
    frame = _frame_for_save(user=user, attempt_id=attempt_id, now=now)
    if number is not None:
        if not 1 <= number <= len(frame.question_ids):
            raise AttemptNotFound(_("This question does not exist."))
        question_id = frame.question_ids[number - 1]
    spec = frame.questions.get(str(question_id))
    if spec is None or question_id not in frame.question_ids:
        raise AnswerRefused(_("This question is not part of your attempt."))
    value = answer_forms.value_from_form(spec, data, targets=frame.target_order.get(str(question_id)))
    check = bool(check and frame.immediate_feedback)
    if check and value is None:
        raise AnswerRefused(_("Answer the question before you check your answer."))
    answer_id = answer_write(
        user=user, attempt_id=attempt_id, question_id=question_id, value=value, check=check, now=now
    )
    count = len(frame.question_ids)
    if answer_id is None:
        return _not_written(user=user, attempt_id=attempt_id, question_count=count, spec=spec, value=value, now=now)
    answer = Answer(
        pk=answer_id, attempt_id=attempt_id, question_id=question_id, value=value, checked=check, updated_at=now
    )
    return SaveResult(answer=answer, question_count=count, grade=grading.grade_question(spec, value) if check else None)


def _close_late(*, user, attempt_id: int, now) -> None:
    attempt_submit(user=user, attempt_id=attempt_id, now=now)
    raise TimeUp(TIME_UP_MESSAGE)


def _not_written(*, user, attempt_id: int, question_count: int, spec: dict, value, now) -> SaveResult:
    """Why the conditional write wrote nothing, read again after it: the
    attempt closed or ran out of time meanwhile, or the answer was checked
    (final; the same answer again is a replay and succeeds)."""
    state = Attempt.objects.filter(pk=attempt_id, user=user).only("submitted_at", "timed_out", "deadline").first()
    if state is None:
        raise AttemptNotFound(_("This attempt does not exist."))
    if state.submitted:
        raise AttemptClosed(closed_message(state))
    if is_late(state, now):
        _close_late(user=user, attempt_id=attempt_id, now=now)
    answer = Answer.objects.filter(attempt_id=attempt_id, question_id=spec["id"]).first()
    if answer is not None and answer.checked:
        if answer.value == value:  # the same answer again (a replayed request): nothing to do
            return SaveResult(answer=answer, question_count=question_count, grade=grading.grade_question(spec, value))
        raise AnswerRefused(_("You have checked this answer, so it can no longer be changed."))
    raise AssertionError(f"answer {attempt_id}/{spec['id']} not written, with its attempt open and unchecked")
