"""Writes: starting attempts, saving answers, submitting.

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

from __future__ import annotations

import datetime
import json
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from elearning import content_cache, user_cache
from elearning.errors import Conflict, UserError
from quizzes import answers as answer_forms
from quizzes import grading, results, selectors
from quizzes.answers import AnswerRefused
from quizzes.models import (
    Answer,
    Attempt,
    ChosenOption,
    FeedbackMode,
    Question,
    QuestionResult,
    QuestionType,
    Quiz,
    QuizSnapshot,
)

START_RETRIES = 5
RESULT_BATCH = 5000
LESSON_ACCESS_HOOK = "quiz_lesson_access"
QUIZ_PASSED_HOOK = "quiz_passed"
_random = secrets.SystemRandom()


class QuizNotAvailable(UserError):
    pass


class NoAttemptsLeft(Conflict):
    pass


class AttemptNotFound(UserError):
    """Unknown id, or someone else's attempt: shown as 404."""

    status = 404


class AttemptClosed(Conflict):
    pass


class TimeUp(AttemptClosed):
    pass


def grace() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.QUIZ_GRACE_SECONDS)


def is_late(attempt: Attempt, now: datetime.datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + grace()


# --- Snapshots ------------------------------------------------------------------


def question_spec(question: Question, choices) -> dict:
    """The snapshot an attempt keeps of a question (shape in quizzes.grading)."""
    return {
        "id": question.pk,
        "type": question.type,
        "text": question.text,
        "explanation": question.explanation,
        "partial_credit": question.partial_credit,
        "accepted": question.accepted_list() if question.type == QuestionType.SHORT_TEXT else [],
        "choices": [
            {
                "id": c.pk,
                "key": c.key,
                "text": c.text,
                "correct": c.correct,
                "feedback": c.feedback,
                "match": c.match_text,
            }
            for c in choices
        ],
    }


def _shuffled(ids: list[int], *, avoid_identity: bool = False) -> list[int]:
    order = list(ids)
    _random.shuffle(order)
    if avoid_identity and len(order) > 1 and order == list(ids):
        order = order[1:] + order[:1]  # never show the answer as the starting order
    return order


def _draw(quiz: Quiz) -> tuple[list[int], dict, dict, dict]:
    """Draw the questions for a new attempt and the order of their options."""
    pool = list(Question.objects.filter(quiz=quiz).order_by("sort_order", "pk").prefetch_related("choices"))
    if not pool:
        raise QuizNotAvailable(_("This quiz has no questions yet."))
    drawn = pool
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(pool):
        chosen = set(_random.sample(range(len(pool)), quiz.questions_per_attempt))
        drawn = [q for i, q in enumerate(pool) if i in chosen]
    if quiz.shuffle_questions:
        _random.shuffle(drawn)
    snapshot, choice_order, target_order = {}, {}, {}
    for question in drawn:
        choices = sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))
        snapshot[str(question.pk)] = question_spec(question, choices)
        ids = [c.pk for c in choices]
        if question.type == QuestionType.ORDERING:
            ids = _shuffled(ids, avoid_identity=True)
        elif question.type == QuestionType.MATCHING:
            target_order[str(question.pk)] = _shuffled(ids, avoid_identity=True)
            if quiz.shuffle_choices:
                ids = _shuffled(ids)
        elif question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE) and quiz.shuffle_choices:
            ids = _shuffled(ids)
        choice_order[str(question.pk)] = ids
    return [q.pk for q in drawn], choice_order, target_order, snapshot


def snapshot_for(questions: dict) -> QuizSnapshot:
    """The stored snapshot with exactly these questions, made if it is new.
    Attempts at an unchanged quiz share one row; a parallel start that makes
    the same one is caught by the unique digest (get_or_create reads it back)."""
    snapshot, _created = QuizSnapshot.objects.get_or_create(
        digest=QuizSnapshot.digest_of(questions), defaults={"questions": questions}
    )
    return snapshot


# --- Starting -------------------------------------------------------------------


def _lesson_allows(*, user, lesson_id: int, quiz: Quiz) -> bool:
    checks = hooks.get_hooks(LESSON_ACCESS_HOOK)
    return bool(checks) and all(check(user=user, lesson_id=lesson_id, quiz_id=quiz.pk) for check in checks)


@transaction.atomic
def attempt_start(
    *, user, quiz_id: int, lesson_id: int | None, now: datetime.datetime | None = None
) -> tuple[Attempt, bool]:
    """Start an attempt at quiz ``quiz_id`` from lesson ``lesson_id``, or
    resume the unfinished one (returns it and False). The learner must be
    able to open the lesson and the lesson must hold the quiz (the
    ``quiz_lesson_access`` hook); ``lesson_id=None`` is for staff tools and
    tests. An unfinished attempt past its deadline is closed first.
    Raises QuizNotAvailable or NoAttemptsLeft."""
    if not getattr(user, "is_authenticated", False):
        raise QuizNotAvailable(_("Log in to take the quiz."))
    quiz = Quiz.objects.filter(pk=quiz_id).first()
    if quiz is None:
        raise QuizNotAvailable(_("This quiz does not exist."))
    if lesson_id is not None and not _lesson_allows(user=user, lesson_id=lesson_id, quiz=quiz):
        raise QuizNotAvailable(_("Enrol in the course and open the lesson before you take its quiz."))
    for _attempt in range(START_RETRIES):
        now_ = now or timezone.now()
        open_attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
        if open_attempt is not None:
            if not is_late(open_attempt, now_):
                return open_attempt, False
            attempt_submit(user=user, attempt_id=open_attempt.pk, now=now_)
        last = Attempt.objects.filter(user=user, quiz=quiz).aggregate(last=Max("number"))["last"] or 0
        if quiz.max_attempts is not None and last >= quiz.max_attempts:
            raise NoAttemptsLeft(_("You have used all %(count)s attempts at this quiz.") % {"count": quiz.max_attempts})
        question_ids, choice_order, target_order, snapshot = _draw(quiz)
        minutes = selectors.time_limit_for(user=user, quiz=quiz, lesson_id=lesson_id)
        attempt = Attempt(
            user=user,
            quiz=quiz,
            number=last + 1,
            lesson_id=lesson_id,
            question_ids=question_ids,
            choice_order=choice_order,
            target_order=target_order,
            snapshot=snapshot_for(snapshot),
            pass_mark=quiz.pass_mark,
            feedback_mode=quiz.effective_feedback_mode,
            deadline=now_ + datetime.timedelta(minutes=minutes) if minutes else None,
        )
        try:
            with transaction.atomic():
                attempt.save()
                if now is not None:  # tests travel in time; started_at is auto_now_add
                    Attempt.objects.filter(pk=attempt.pk).update(started_at=now)
                    attempt.started_at = now
        except IntegrityError:
            continue  # a parallel start took this number or opened an attempt: read again
        return attempt, True
    raise QuizNotAvailable(_("Many starts arrived at once. Try again."))


# --- Answering ------------------------------------------------------------------


@dataclass
class SaveResult:
    answer: Answer
    question_count: int  # in the attempt, for the navigation that follows a save
    grade: grading.Grade | None = None  # given when the learner checked the answer


def _locked_attempt(*, user, attempt_id: int) -> Attempt:
    # FOR NO KEY UPDATE waits for the saves holding FOR SHARE (see _OPEN_ATTEMPT) and lets the
    # result rows' foreign keys (FOR KEY SHARE) through. get(), unlike first(), compiles no ORDER BY.
    try:
        if not user.pk:
            raise Attempt.DoesNotExist
        return Attempt.objects.select_for_update(no_key=True).get(pk=attempt_id, user=user)
    except Attempt.DoesNotExist:
        raise AttemptNotFound(_("This attempt does not exist.")) from None


TIME_UP_MESSAGE = _(
    "The time limit has passed, so this was not saved. The answers you saved before the time ran out are kept "
    "and have been graded."
)
SUBMITTED_MESSAGE = _("This attempt is already submitted, so its answers can no longer be changed.")


def _closed_message(attempt: Attempt):
    return TIME_UP_MESSAGE if attempt.timed_out else SUBMITTED_MESSAGE


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


def _answer_write(*, user, attempt_id: int, question_id: int, value, check: bool, now) -> int | None:
    """Write the answer if the attempt is open (one conditional statement); its id, or None.
    No answer (None) is stored too, as a row without a value: it clears a saved answer."""
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
MAX_SNAPSHOTS = 50  # a parsed snapshot of 20 questions is some 40 KB
_snapshots: dict[tuple, dict] = {}  # (content version, snapshot id): its questions


def _kept_snapshot(snapshot_id: int, load) -> dict:
    """The questions of a snapshot, which never changes, from ``load()`` once
    per process and content version, and shared by the attempts at it."""
    key = (content_cache.version(), snapshot_id)
    questions = _snapshots.get(key)
    if questions is None:
        if len(_snapshots) >= MAX_SNAPSHOTS:
            _snapshots.clear()
        questions = _snapshots[key] = load()
    return questions


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
        questions=_kept_snapshot(snapshot_id, lambda: json.loads(questions)),
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
    answer_id = _answer_write(
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
        raise AttemptClosed(_closed_message(state))
    if is_late(state, now):
        _close_late(user=user, attempt_id=attempt_id, now=now)
    answer = Answer.objects.filter(attempt_id=attempt_id, question_id=spec["id"]).first()
    if answer is not None and answer.checked:
        if answer.value == value:  # the same answer again (a replayed request): nothing to do
            return SaveResult(answer=answer, question_count=question_count, grade=grading.grade_question(spec, value))
        raise AnswerRefused(_("You have checked this answer, so it can no longer be changed."))
    raise AssertionError(f"answer {attempt_id}/{spec['id']} not written, with its attempt open and unchecked")


# --- Submitting -----------------------------------------------------------------


@transaction.atomic(savepoint=False)
def results_store(*, attempts: list[tuple[Attempt, Decimal, list[results.Result]]]) -> None:
    """Write the report rows (QuestionResult, ChosenOption) of attempts just
    graded: (attempt, its score, quizzes.results.attempt_results). Two
    queries however many attempts and questions; rows already there are
    left alone. Called inside the transaction that stores the score, which
    it joins (no savepoint: a failure here fails the submit); also used by
    the load data."""
    rows, options = [], []
    for attempt, score, per_question in attempts:
        for result in per_question:
            rows.append(
                QuestionResult(
                    attempt_id=attempt.pk,
                    quiz_id=attempt.quiz_id,
                    question_id=result.question_id,
                    type=result.type,
                    graded=result.graded,
                    answered=result.answered,
                    earned=result.earned,
                    out_of=result.out_of,
                    score=score,
                )
            )
            options.extend(
                ChosenOption(
                    attempt_id=attempt.pk,
                    quiz_id=attempt.quiz_id,
                    question_id=result.question_id,
                    choice_id=choice_id,
                    correct=correct,
                )
                for choice_id, correct in result.chosen
            )
    QuestionResult.objects.bulk_create(rows, batch_size=RESULT_BATCH, ignore_conflicts=True)
    ChosenOption.objects.bulk_create(options, batch_size=RESULT_BATCH, ignore_conflicts=True)


@dataclass
class SubmitResult:
    attempt: Attempt
    newly_submitted: bool
    timed_out: bool


# PostgreSQL closes the attempt and writes its report rows in one statement: the rows come in as
# JSON and are written only if the UPDATE closed the attempt.
_CLOSE_WITH_RESULTS = """
    WITH closed AS (
        UPDATE quizzes_attempt SET submitted_at = %s, score = %s, passed = %s, timed_out = %s
        WHERE id = %s AND submitted_at IS NULL
        RETURNING id, quiz_id, score
    ), question_results AS (
        INSERT INTO quizzes_questionresult
            (attempt_id, quiz_id, question_id, type, graded, answered, earned, out_of, score)
        SELECT closed.id, closed.quiz_id, r.question_id, r.type, r.graded, r.answered, r.earned, r.out_of, closed.score
        FROM closed, jsonb_to_recordset(%s) AS r(
            question_id bigint, type text, graded boolean, answered boolean, earned integer, out_of integer
        )
        ON CONFLICT DO NOTHING
    ), chosen_options AS (
        INSERT INTO quizzes_chosenoption (attempt_id, quiz_id, question_id, choice_id, correct)
        SELECT closed.id, closed.quiz_id, c.question_id, c.choice_id, c.correct
        FROM closed, jsonb_to_recordset(%s) AS c(question_id bigint, choice_id bigint, correct boolean)
        ON CONFLICT DO NOTHING
    )
    SELECT count(*) FROM closed
"""


def _attempt_close(
    *, attempt: Attempt, now, score: Decimal, passed: bool, late: bool, per_question: list[results.Result]
) -> bool:
    """Close ``attempt`` with its grade and write its report rows, if it is
    still open (a conditional UPDATE); True if this call closed it. Joins
    the caller's transaction. One query on PostgreSQL."""
    if connection.vendor != "postgresql":
        updated = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now, score=score, passed=passed, timed_out=late
        )
        if updated:
            results_store(attempts=[(attempt, score, per_question)])
        return bool(updated)
    question_rows = [
        {
            "question_id": r.question_id,
            "type": r.type,
            "graded": r.graded,
            "answered": r.answered,
            "earned": r.earned,
            "out_of": r.out_of,
        }
        for r in per_question
    ]
    option_rows = [
        {"question_id": r.question_id, "choice_id": choice_id, "correct": correct}
        for r in per_question
        for choice_id, correct in r.chosen
    ]
    ops = connection.ops
    with connection.cursor() as cursor:
        cursor.execute(
            _CLOSE_WITH_RESULTS,
            [
                ops.adapt_datetimefield_value(now),
                score,
                passed,
                late,
                attempt.pk,
                ops.adapt_json_value(question_rows, None),
                ops.adapt_json_value(option_rows, None),
            ],
        )
        (closed,) = cursor.fetchone()
    return bool(closed)


def attempt_submit(*, user, attempt_id: int, now: datetime.datetime | None = None) -> SubmitResult:
    """Grade and close the learner's attempt, exactly once. A replay returns
    the stored result (newly_submitted False). After the deadline plus grace
    the attempt is closed with the answers saved in time and ``timed_out``
    is set, so the caller can say the late submission was not accepted.
    On a pass the ``quiz_passed`` hook records it for the quiz's lesson in
    the same transaction.
    Query count is constant in the number of questions: the locked attempt,
    its answers (read after the lock, so every save that got in first is
    graded), and the close with the report rows; and the attempt's
    snapshot when this process has not kept it (_kept_snapshot)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(user=user, attempt_id=attempt_id)
        if attempt.submitted:
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        late = is_late(attempt, now)
        answers = dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "value"))
        questions = _kept_snapshot(
            attempt.snapshot_id,
            lambda: QuizSnapshot.objects.values_list("questions", flat=True).get(pk=attempt.snapshot_id),
        )
        specs = [questions[str(qid)] for qid in attempt.question_ids]
        per_question, score = results.attempt_results(specs, answers)
        passed = grading.is_pass(score, attempt.pass_mark)
        closed = _attempt_close(
            attempt=attempt, now=now, score=score, passed=passed, late=late, per_question=per_question
        )
        if not closed:  # cannot happen under the row lock; kept for databases without one
            attempt.refresh_from_db()
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        attempt.submitted_at, attempt.score, attempt.passed, attempt.timed_out = now, score, passed, late
        if passed and attempt.lesson_id:
            for record_pass in hooks.get_hooks(QUIZ_PASSED_HOOK):
                record_pass(user=user, lesson_id=attempt.lesson_id, quiz_id=attempt.quiz_id)
        # After the hooks (they read the learner's cached progress): a leader's group page shows the results.
        user_cache.bump(attempt.user_id)
    return SubmitResult(attempt=attempt, newly_submitted=True, timed_out=late)
