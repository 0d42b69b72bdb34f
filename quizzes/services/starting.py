"""Starting an attempt: drawing its questions and storing their snapshot (see quizzes.services)."""

from __future__ import annotations

import datetime
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from quizzes import selectors
from quizzes.models import Attempt, Question, QuestionType, Quiz, QuizSnapshot
from quizzes.services.common import LESSON_ACCESS_HOOK, NoAttemptsLeft, QuizNotAvailable, is_late
from quizzes.services.submitting import attempt_submit

START_RETRIES = 5
_random = secrets.SystemRandom()


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


def draw_questions(quiz: Quiz) -> tuple[list[int], dict, dict, dict]:
    """Draw the questions for a new attempt and the order of their options: (question ids,
    choice order, target order, snapshot). The load data (demo.loadgen) draws its attempts with it too."""
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
        question_ids, choice_order, target_order, snapshot = draw_questions(quiz)
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
