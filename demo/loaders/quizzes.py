"""Demo quizzes from demo/content/quizzes.py (QUIZZES; the format is
described in that file's docstring). Idempotent: quizzes are found by slug
and updated in place, and so are their questions and options (by position),
so running it again changes nothing and the options keep their keys.
Attempts keep their own snapshot, so reloading never changes a score."""

from demo.content.quizzes import QUIZZES
from quizzes import services as quiz_services
from quizzes.models import Attempt, Choice, Question, Quiz, question_problems
from quizzes.types import QuestionType

QUIZ_FIELDS = (
    "title",
    "description",
    "kind",
    "pass_mark",
    "max_attempts",
    "questions_per_attempt",
    "shuffle_questions",
    "shuffle_choices",
    "time_limit_minutes",
)


def _choice_rows(data: dict) -> list[dict]:
    """The options of a question in the demo format as Choice fields."""
    kind = data["type"]
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return [
            {"text": c["text"], "correct": bool(c["correct"]), "feedback": c.get("feedback", ""), "match_text": ""}
            for c in data["choices"]
        ]
    if kind == QuestionType.TRUE_FALSE:
        return [
            {"text": "Sant", "correct": data["correct"] is True, "feedback": data.get("feedback_true", "")},
            {"text": "Usant", "correct": data["correct"] is False, "feedback": data.get("feedback_false", "")},
        ]
    if kind == QuestionType.ORDERING:
        return [{"text": item, "correct": False, "feedback": ""} for item in data["items"]]
    if kind == QuestionType.MATCHING:
        return [{"text": left, "match_text": right, "correct": False, "feedback": ""} for left, right in data["pairs"]]
    if kind == QuestionType.LIKERT:
        return [{"text": label, "correct": False, "feedback": ""} for label in data["scale"]]
    return []


def _load_quiz(data: dict) -> tuple[Quiz, bool]:
    quiz = Quiz.objects.filter(slug=data["slug"]).first()
    created = quiz is None
    if created:
        quiz = Quiz(slug=data["slug"])
    for name in QUIZ_FIELDS:
        if name in data:
            setattr(quiz, name, data[name])
    quiz.full_clean()
    quiz.save()
    existing = list(Question.objects.filter(quiz=quiz).order_by("sort_order", "pk"))
    for position, question_data in enumerate(data["questions"]):
        rows = _choice_rows(question_data)
        accepted = list(question_data.get("accepted", []))
        problems = question_problems(
            type=question_data["type"],
            choices=[(row["correct"], row.get("match_text", "")) for row in rows],
            accepted=accepted,
        )
        if problems:
            raise ValueError(f"{data['slug']} question {position + 1}: {'; '.join(str(p) for p in problems)}")
        question = existing[position] if position < len(existing) else Question(quiz=quiz)
        question.sort_order = position
        question.type = question_data["type"]
        question.text = question_data["text"]
        question.explanation = question_data.get("explanation", "")
        question.partial_credit = bool(question_data.get("partial_credit", False))
        question.accepted_answers = "\n".join(accepted)
        question.save()
        choices = list(Choice.objects.filter(question=question).order_by("sort_order", "pk"))
        for index, row in enumerate(rows):
            choice = choices[index] if index < len(choices) else Choice(question=question)
            choice.sort_order = index
            choice.text = row["text"]
            choice.correct = row["correct"]
            choice.feedback = row.get("feedback", "")
            choice.match_text = row.get("match_text", "")
            choice.save()
        Choice.objects.filter(pk__in=[c.pk for c in choices[len(rows) :]]).delete()
    Question.objects.filter(pk__in=[q.pk for q in existing[len(data["questions"]) :]]).delete()
    return quiz, created


def load(stdout=None, *, content: list[dict] | None = None) -> list[Quiz]:
    """The quizzes of ``content`` (QUIZZES unless given), created or updated."""
    quizzes = []
    for data in QUIZZES if content is None else content:
        quiz, created = _load_quiz(data)
        quizzes.append(quiz)
        if stdout is not None:
            verb = "Created" if created else "Updated"
            stdout.write(f"{verb} quiz {quiz.slug} ({len(data['questions'])} questions)")
    return quizzes


def _right(question: Question, attempt: Attempt) -> dict:
    """Form data that answers ``question`` fully right in ``attempt``."""
    choices = sorted(question.choices.all(), key=lambda c: c.sort_order)
    if question.type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE):
        return {"choice": [c.key for c in choices if c.correct]}
    if question.type == QuestionType.LIKERT:
        return {"choice": [choices[0].key]}
    if question.type == QuestionType.ORDERING:
        return {f"position-{c.key}": [str(i)] for i, c in enumerate(choices, start=1)}
    if question.type == QuestionType.MATCHING:
        targets = attempt.target_order[str(question.pk)]
        return {f"match-{c.key}": [str(targets.index(c.pk))] for c in choices}
    if question.type == QuestionType.SHORT_TEXT:
        return {"text": [question.accepted_answers.splitlines()[0]]}
    return {"text": ["Jeg tar med meg at det er deltakerens erfaring som er utgangspunktet."]}


def take(user, *, quiz_id: int, lesson_id: int, wrong: int = 0) -> Attempt:
    """A submitted attempt by ``user`` at the quiz from its lesson, through the
    quiz services (so a pass completes the lesson as it would for a learner):
    every question right, except the first ``wrong`` questions with options,
    which get a wrong option. Idempotent: a user who has a submitted attempt
    keeps it."""
    done = Attempt.objects.filter(user=user, quiz_id=quiz_id, submitted_at__isnull=False).first()
    if done is not None:
        return done
    attempt, _new = quiz_services.attempt_start(user=user, quiz_id=quiz_id, lesson_id=lesson_id)
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("choices")}
    for question_id in attempt.question_ids:
        question = questions[question_id]
        data = _right(question, attempt)
        wrong_choices = [c.key for c in question.choices.all() if not c.correct]
        if wrong > 0 and question.type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and wrong_choices:
            data, wrong = {"choice": wrong_choices[:1]}, wrong - 1
        quiz_services.answer_save(user=user, attempt_id=attempt.pk, question_id=question_id, data=data)
    quiz_services.attempt_submit(user=user, attempt_id=attempt.pk)
    attempt.refresh_from_db()
    return attempt
