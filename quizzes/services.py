"""Writes: starting attempts, saving answers, submitting.

Guarantees (each is tested, the concurrent ones on PostgreSQL):

- (user, quiz, number) is unique and a user has at most one unfinished
  attempt per quiz (both database constraints). attempt_start never creates
  an attempt numbered above the quiz's limit, so the limit holds however
  many starts arrive at once: a start that loses a race on either
  constraint reads again and resumes or refuses.
- An answer is saved only while its attempt is open: the attempt row is
  locked (SELECT … FOR UPDATE) by both answer_save and attempt_submit, so a
  save and a submit never interleave, and the stored score is always the
  grade of the stored answers.
- attempt_submit grades and closes an attempt exactly once (a conditional
  UPDATE … WHERE submitted_at IS NULL); a double click, a replay or a retry
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
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from elearning.errors import Conflict, UserError
from quizzes import answers as answer_forms
from quizzes import grading, results, selectors
from quizzes.answers import AnswerRefused
from quizzes.models import Answer, Attempt, ChosenOption, Question, QuestionResult, QuestionType, Quiz, QuizSnapshot

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
    attempt: Attempt
    grade: grading.Grade | None = None  # given when the learner checked the answer


def _locked_attempt(*, user, attempt_id: int) -> Attempt:
    # Only the attempt's row is locked, never the snapshot that other attempts share.
    attempt = (
        Attempt.objects.select_related("snapshot")
        .select_for_update(of=("self",))
        .filter(pk=attempt_id, user=user)
        .first()
        if user.pk
        else None
    )
    if attempt is None:
        raise AttemptNotFound(_("This attempt does not exist."))
    return attempt


TIME_UP_MESSAGE = _(
    "The time limit has passed, so this was not saved. The answers you saved before the time ran out are kept "
    "and have been graded."
)
SUBMITTED_MESSAGE = _("This attempt is already submitted, so its answers can no longer be changed.")


def _closed_message(attempt: Attempt):
    return TIME_UP_MESSAGE if attempt.timed_out else SUBMITTED_MESSAGE


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
    then final. Atomic; saving the same answer twice changes nothing.
    Refuses, with a message and without touching saved answers: someone
    else's attempt or a number it does not have (AttemptNotFound), a
    submitted attempt (AttemptClosed), a save after the deadline plus grace
    (TimeUp; the attempt is then closed with the answers saved in time),
    and input that is not an answer to this question (AnswerRefused)."""
    now = now or timezone.now()
    late = False
    with transaction.atomic():
        attempt = _locked_attempt(user=user, attempt_id=attempt_id)
        if number is not None:
            if not 1 <= number <= len(attempt.question_ids):
                raise AttemptNotFound(_("This question does not exist."))
            question_id = attempt.question_ids[number - 1]
        if attempt.submitted:
            raise AttemptClosed(_closed_message(attempt))
        if is_late(attempt, now):
            late = True
        else:
            spec = attempt.questions.get(str(question_id))
            if spec is None or question_id not in attempt.question_ids:
                raise AnswerRefused(_("This question is not part of your attempt."))
            value = answer_forms.value_from_form(spec, data, targets=attempt.target_order.get(str(question_id)))
            answer = Answer.objects.filter(attempt=attempt, question_id=question_id).first()
            if answer is not None and answer.checked:
                if answer.value == value:  # the same answer again (a replayed request): nothing to do
                    return SaveResult(answer=answer, attempt=attempt, grade=grading.grade_question(spec, value))
                raise AnswerRefused(_("You have checked this answer, so it can no longer be changed."))
            check = bool(check and attempt.immediate_feedback)
            if check and value is None:
                raise AnswerRefused(_("Answer the question before you check your answer."))
            if answer is None and value is None:
                answer = Answer(attempt=attempt, question_id=question_id)  # nothing to keep: no row
            elif answer is None:
                answer = Answer.objects.create(attempt=attempt, question_id=question_id, value=value, checked=check)
            elif answer.value != value or check:
                answer.value, answer.checked = value, check
                answer.save(update_fields=["value", "checked", "updated_at"])
            grade = grading.grade_question(spec, value) if check else None
    if late:
        attempt_submit(user=user, attempt_id=attempt_id, now=now)
        raise TimeUp(TIME_UP_MESSAGE)
    return SaveResult(answer=answer, attempt=attempt, grade=grade)


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


def attempt_submit(*, user, attempt_id: int, now: datetime.datetime | None = None) -> SubmitResult:
    """Grade and close the learner's attempt, exactly once. A replay returns
    the stored result (newly_submitted False). After the deadline plus grace
    the attempt is closed with the answers saved in time and ``timed_out``
    is set, so the caller can say the late submission was not accepted.
    On a pass the ``quiz_passed`` hook records it for the quiz's lesson in
    the same transaction.
    Query count is constant in the number of questions."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(user=user, attempt_id=attempt_id)
        if attempt.submitted:
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        late = is_late(attempt, now)
        answers = dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "value"))
        specs = [attempt.questions[str(qid)] for qid in attempt.question_ids]
        per_question, score = results.attempt_results(specs, answers)
        passed = grading.is_pass(score, attempt.pass_mark)
        updated = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now, score=score, passed=passed, timed_out=late
        )
        if not updated:  # cannot happen under the row lock; kept for databases without one
            attempt.refresh_from_db()
            return SubmitResult(attempt=attempt, newly_submitted=False, timed_out=attempt.timed_out)
        results_store(attempts=[(attempt, score, per_question)])
        attempt.submitted_at, attempt.score, attempt.passed, attempt.timed_out = now, score, passed, late
        if passed and attempt.lesson_id:
            for record_pass in hooks.get_hooks(QUIZ_PASSED_HOOK):
                record_pass(user=user, lesson_id=attempt.lesson_id, quiz_id=attempt.quiz_id)
    return SubmitResult(attempt=attempt, newly_submitted=True, timed_out=late)
