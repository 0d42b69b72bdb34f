"""The demo quizzes load, idempotently, and every question in them is valid."""

import pytest

from demo.loaders import quizzes as quizzes_demo
from quizzes.models import Choice, Question, QuestionType, Quiz

pytestmark = pytest.mark.django_db

SLUGS = {
    "ovingssporsmal-helsekompetanse",
    "ovingssporsmal-brukermedvirkning",
    "ovingssporsmal-relasjonskompetanse",
    "ovingssporsmal-gruppeledelse",
    "ovingssporsmal-didaktikk",
    "ovingssporsmal-endring-og-mestring",
    "ovingssporsmal-brukerinnlegget",
    "kunnskapstest-helsepedagogikk",
}


def test_demo_quizzes_load_idempotently():
    quizzes_demo.load()
    counts = (Quiz.objects.count(), Question.objects.count(), Choice.objects.count())
    keys = set(Choice.objects.values_list("key", flat=True))
    quizzes_demo.load()
    assert (Quiz.objects.count(), Question.objects.count(), Choice.objects.count()) == counts
    assert set(Choice.objects.values_list("key", flat=True)) == keys  # updated in place
    assert set(Quiz.objects.values_list("slug", flat=True)) >= SLUGS
    assert counts[1] >= 30
    assert {t for t, _label in QuestionType.choices} <= set(Question.objects.values_list("type", flat=True))
    assert not Question.objects.filter(explanation="").exists()


def test_the_final_test_gates_with_a_pool_without_a_clock_or_an_attempt_cap():
    """WCAG 2.2.1 and the course's own «make it easy for everyone»: no time
    limit, and as many attempts as a learner needs."""
    quizzes_demo.load()
    final = Quiz.objects.get(slug="kunnskapstest-helsepedagogikk")
    assert final.kind == "test" and final.pass_mark == 70 and final.max_attempts is None
    assert final.time_limit_minutes is None and final.questions_per_attempt == 10
    assert final.questions.count() >= 10 and not final.immediate_feedback
    assert not final.questions.filter(type__in=["likert", "reflection"]).exists()


def test_reloading_replaces_questions_in_place():
    data = {
        "slug": "demo-test-quiz",
        "title": "Prøve",
        "description": "",
        "kind": "practice",
        "pass_mark": 60,
        "max_attempts": None,
        "questions_per_attempt": None,
        "shuffle_questions": False,
        "shuffle_choices": False,
        "time_limit_minutes": None,
        "questions": [
            {
                "type": "true_false",
                "text": "Sant?",
                "explanation": "Ja.",
                "correct": True,
                "feedback_true": "Ja",
                "feedback_false": "Nei",
            },
            {"type": "short_text", "text": "Ord?", "explanation": "Fordi.", "accepted": ["mestring"]},
        ],
    }
    quizzes_demo.load(content=[data])
    quiz = Quiz.objects.get(slug="demo-test-quiz")
    first = quiz.questions.order_by("sort_order").first()
    assert [(c.text, c.correct) for c in first.choices.order_by("sort_order")] == [("Sant", True), ("Usant", False)]
    data["questions"] = data["questions"][:1]
    data["questions"][0] = {**data["questions"][0], "correct": False, "text": "Usant?"}
    quizzes_demo.load(content=[data])
    assert quiz.questions.count() == 1
    same = quiz.questions.get()
    assert same.pk == first.pk and same.text == "Usant?"
    assert same.choices.get(correct=True).text == "Usant"


def test_invalid_demo_content_is_reported():
    bad = {
        "slug": "bad",
        "title": "Feil",
        "kind": "practice",
        "questions": [{"type": "single", "text": "?", "explanation": "", "choices": [{"text": "A", "correct": False}]}],
    }
    with pytest.raises(ValueError, match="bad question 1"):
        quizzes_demo.load(content=[bad])
