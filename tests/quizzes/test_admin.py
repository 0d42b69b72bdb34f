"""Editors author quizzes as snippets: questions with nested options."""

import pytest
from django.urls import reverse

from quizzes.models import Quiz
from tests.factories.accounts import StaffFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def quiz_post(questions):
    data = {
        "title": "Øvingsspørsmål: helsekompetanse",
        "slug": "ovingssporsmal-helsekompetanse-test",
        "description": "",
        "kind": "practice",
        "feedback_mode": "",
        "pass_mark": "60",
        **management("questions", len(questions)),
    }
    for i, (kind, text, choices, accepted) in enumerate(questions):
        prefix = f"questions-{i}"
        data.update(
            {
                f"{prefix}-type": kind,
                f"{prefix}-text": text,
                f"{prefix}-explanation": "Fordi.",
                f"{prefix}-accepted_answers": accepted,
                f"{prefix}-ORDER": str(i + 1),
                f"{prefix}-DELETE": "",
                f"{prefix}-id": "",
                **management(f"{prefix}-choices", len(choices)),
            }
        )
        for j, (label, correct) in enumerate(choices):
            cprefix = f"{prefix}-choices-{j}"
            data.update(
                {
                    f"{cprefix}-text": label,
                    f"{cprefix}-match_text": "",
                    f"{cprefix}-feedback": "",
                    f"{cprefix}-ORDER": str(j + 1),
                    f"{cprefix}-DELETE": "",
                    f"{cprefix}-id": "",
                }
            )
            if correct:
                data[f"{cprefix}-correct"] = "on"
    return data


def test_editor_creates_a_quiz_with_nested_options(client):
    client.force_login(StaffFactory())
    add_url = reverse("wagtailsnippets_quizzes_quiz:add")
    assert client.get(add_url).status_code == 200
    response = client.post(
        add_url,
        quiz_post(
            [
                (
                    "single",
                    "Hva er helsekompetanse?",
                    [("Å forstå helseinformasjon", True), ("Å være frisk", False)],
                    "",
                ),
                ("short_text", "Hva heter Antonovskys perspektiv?", [], "Salutogenese"),
            ]
        ),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    quiz = Quiz.objects.get(slug="ovingssporsmal-helsekompetanse-test")
    single, short = quiz.questions.order_by("sort_order")
    assert [(c.text, c.correct) for c in single.choices.order_by("sort_order")] == [
        ("Å forstå helseinformasjon", True),
        ("Å være frisk", False),
    ]
    assert short.accepted_list() == ["Salutogenese"]
    assert len({c.key for c in single.choices.all()}) == 2


def test_a_question_without_a_right_option_is_refused(client):
    client.force_login(StaffFactory())
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        quiz_post([("single", "Hva er riktig?", [("A", False), ("B", False)], "")]),
    )
    assert response.status_code == 200
    assert not Quiz.objects.filter(slug="ovingssporsmal-helsekompetanse-test").exists()
    assert nb("Mark exactly one option as right.") in response.content.decode()


def test_edit_view_and_listing(client):
    client.force_login(StaffFactory())
    quiz = build_quiz()
    assert client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).status_code == 200
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert quiz.title in listing.content.decode()
