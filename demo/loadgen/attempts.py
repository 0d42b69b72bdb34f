"""Submitted quiz attempts with their answers: attempt number j goes to
learner j mod n and to the quizzes in live lessons in turn, so every
learner has about size.attempts / size.learners of them. Each learner has a
skill that decides which questions they get right; the stored score and
pass are the grading of exactly the answers stored (a regrade gives them
back), with the report rows attempt_submit writes (quizzes.results). The snapshot is drawn once per quiz, as attempt_start draws it, and
stored once (QuizSnapshot)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from demo.loadgen.common import BATCH, spread
from modules.models import LessonPage
from quizzes import grading, results
from quizzes import services as quiz_services
from quizzes.models import Answer, Attempt, Quiz
from quizzes.types import QuestionType

WRONG_TEXT = "vet ikke"


def quizzes_in_lessons() -> list[tuple[int, Quiz]]:
    """(lesson id, quiz) for every quiz placed in a live lesson in the default language."""
    found = []
    lessons = LessonPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")
    quizzes = Quiz.objects.in_bulk()
    for lesson in lessons.only("id", "body"):
        for quiz_id in lesson.quiz_ids():
            if quiz_id in quizzes:
                found.append((lesson.id, quizzes[quiz_id]))
    return found


def value(spec: dict, right: bool):
    """A stored answer value (shape in quizzes.grading) that is right or wrong."""
    kind, choices = spec["type"], spec["choices"]
    ids = [c["id"] for c in choices]
    correct = [c["id"] for c in choices if c["correct"]]
    wrong = [c["id"] for c in choices if not c["correct"]]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return (correct or ids)[0] if right else (wrong or ids)[0]
    if kind == QuestionType.LIKERT:
        return ids[len(ids) // 2] if ids else None
    if kind == QuestionType.MULTIPLE:
        return correct if right else (wrong[:1] or ids[:1])
    if kind == QuestionType.ORDERING:
        return ids if right else list(reversed(ids))
    if kind == QuestionType.MATCHING:
        targets = ids if right else ids[1:] + ids[:1]
        return {str(item): target for item, target in zip(ids, targets, strict=True)}
    if kind == QuestionType.SHORT_TEXT:
        return (spec.get("accepted") or [WRONG_TEXT])[0] if right else WRONG_TEXT
    return "Jeg vil bruke egne erfaringer når jeg planlegger kursdagen."  # QuestionType.REFLECTION


def generate(*, size, learners, stdout) -> dict:
    placed = quizzes_in_lessons()
    if not placed or not learners:
        stdout.write("Load data: no quiz in a live lesson (load the demo first); no attempts made.")
        return {"attempts": 0, "answers": 0}
    drawn = {quiz.pk: quiz_services.draw_questions(quiz) for _lesson, quiz in placed}  # as attempt_start draws them
    stored = {quiz_id: quiz_services.snapshot_for(draw[3]) for quiz_id, draw in drawn.items()}
    total = round(size.per_learner(size.attempts) * len(learners))
    now = timezone.now()
    numbers: dict[tuple[int, int], int] = {}
    attempts, answer_values, graded = [], [], []
    for j in range(total):
        user = learners[j % len(learners)]
        lesson_id, quiz = placed[(j // len(learners) + user.load_index) % len(placed)]
        question_ids, choice_order, target_order, snapshot = drawn[quiz.pk]
        number = numbers[(user.pk, quiz.pk)] = numbers.get((user.pk, quiz.pk), 0) + 1
        skill = 0.4 + 0.6 * spread(user.load_index, 3)
        values = {
            qid: value(snapshot[str(qid)], spread(j * 31 + qid, 4) < skill)
            for qid in question_ids
            if spread(j * 17 + qid, 7) < 0.97  # now and then a question is left unanswered
        }
        per_question, score = results.attempt_results([snapshot[str(qid)] for qid in question_ids], values)
        submitted = now - datetime.timedelta(minutes=int(60 * 24 * 90 * spread(j, 8)))
        attempts.append(
            Attempt(
                user=user,
                quiz=quiz,
                number=number,
                lesson_id=lesson_id,
                question_ids=question_ids,
                choice_order=choice_order,
                target_order=target_order,
                snapshot=stored[quiz.pk],
                pass_mark=quiz.pass_mark,
                feedback_mode=quiz.effective_feedback_mode,
                submitted_at=submitted,
                score=score,
                passed=grading.is_pass(score, quiz.pass_mark),
            )
        )
        answer_values.append(values)
        graded.append((score, per_question))
    answers = 0
    for start in range(0, len(attempts), BATCH):
        chunk = Attempt.objects.bulk_create(attempts[start : start + BATCH])
        rows = [
            Answer(attempt=attempt, question_id=qid, value=val)
            for attempt, values in zip(chunk, answer_values[start : start + BATCH], strict=True)
            for qid, val in values.items()
        ]
        Answer.objects.bulk_create(rows, batch_size=BATCH)
        answers += len(rows)
        quiz_services.results_store(
            attempts=[(a, score, per) for a, (score, per) in zip(chunk, graded[start : start + BATCH], strict=True)]
        )
    stdout.write(f"Load data: {len(attempts)} quiz attempts with {answers} answers.")
    return {"attempts": len(attempts), "answers": answers}
