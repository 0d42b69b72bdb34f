"""The quizzes' part of "Mine data" (see accounts.privacy)."""

from django.db.models import Q

from quizzes.models import Answer, Attempt, QuestionResult, QuestionType


def export_user_data(user) -> tuple[str, dict]:
    attempts = list(Attempt.objects.filter(user=user).select_related("quiz", "snapshot").order_by("started_at"))
    answers: dict[int, list] = {}
    for answer in Answer.objects.filter(attempt__user=user).order_by("attempt_id", "question_id"):
        answers.setdefault(answer.attempt_id, []).append(answer)
    return "quizzes", {
        "attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "started_at": attempt.started_at.isoformat(),
                "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
                "score_percent": str(attempt.score) if attempt.score is not None else None,
                "passed": attempt.passed,
                "answers": [
                    {
                        "question": attempt.questions.get(str(answer.question_id), {}).get("text", ""),
                        "answer": answer.value,
                        "updated_at": answer.updated_at.isoformat(),
                    }
                    for answer in answers.get(attempt.pk, [])
                ],
            }
            for attempt in attempts
        ]
    }


def erase_user_data(user) -> None:
    """Delete free-text reflection answers (they may say anything about the
    person); keep attempts, the other answers and the report rows without
    the user, so the quiz statistics survive."""
    reflections = Q(pk__in=[])
    for attempt in Attempt.objects.filter(user=user).select_related("snapshot").only("id", "snapshot__questions"):
        ids = [int(qid) for qid, spec in attempt.questions.items() if spec.get("type") == QuestionType.REFLECTION]
        if ids:
            reflections |= Q(attempt_id=attempt.pk, question_id__in=ids)
    Answer.objects.filter(reflections).delete()
    # The report counts the answers kept (quizzes.reports): these are gone.
    QuestionResult.objects.filter(reflections).update(answered=False)
    Attempt.objects.filter(user=user).update(user=None)
