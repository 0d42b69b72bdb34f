"""Staff set up evaluation forms as snippets: statements and free-text questions."""

import pytest
from django.urls import reverse

from evaluations.models import EvaluationForm, EvaluationQuestion
from tests.factories.accounts import StaffFactory
from tests.factories.evaluations import respond
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def management(total, initial=0):
    return {
        "questions-TOTAL_FORMS": str(total),
        "questions-INITIAL_FORMS": str(initial),
        "questions-MIN_NUM_FORMS": "1",
        "questions-MAX_NUM_FORMS": "1000",
    }


def form_post(course, questions, *, kind="course_day"):
    data = {
        "course": str(course.pk),
        "kind": kind,
        "title": "Evaluering av kursdagen",
        "intro": "To minutter før du går.",
        **management(len(questions), initial=sum(1 for q in questions if q.get("id"))),
    }
    for i, question in enumerate(questions):
        prefix = f"questions-{i}"
        data.update(
            {
                f"{prefix}-kind": question.get("kind", "likert"),
                f"{prefix}-text": question["text"],
                f"{prefix}-ORDER": str(i + 1),
                f"{prefix}-DELETE": "on" if question.get("delete") else "",
                f"{prefix}-id": str(question.get("id", "")),
            }
        )
        if question.get("required"):
            data[f"{prefix}-required"] = "on"
    return data


def test_staff_set_up_a_form_with_statements_and_free_text(client, course):
    client.force_login(StaffFactory())
    add_url = reverse("wagtailsnippets_evaluations_evaluationform:add")
    assert client.get(add_url).status_code == 200

    response = client.post(
        add_url,
        form_post(
            course,
            [
                {"text": "Innholdet var relevant for min praksis.", "required": True},
                {"text": "Hva tar du med deg fra dagen?", "kind": "text"},
            ],
        ),
    )

    assert response.status_code == 302
    form = EvaluationForm.objects.get()
    assert (form.course_id, form.kind) == (course.pk, "course_day")
    assert list(form.questions.order_by("sort_order").values_list("kind", "required")) == [
        ("likert", True),
        ("text", False),
    ]


def test_a_question_with_answers_cannot_be_deleted(client, course, cohort, days, day_form, learner):
    respond(day_form, user=learner, cohort=cohort, day=days[0])
    client.force_login(StaffFactory())
    questions = [{"id": q.pk, "text": q.text, "kind": q.kind} for q in day_form.questions.order_by("sort_order")]
    questions[0]["delete"] = True

    response = client.post(
        reverse("wagtailsnippets_evaluations_evaluationform:edit", args=[day_form.pk]), form_post(course, questions)
    )

    assert response.status_code == 200
    assert nb("A question that has answers cannot be deleted. Change its text or make it optional instead.") in (
        response.content.decode()
    )
    assert EvaluationQuestion.objects.filter(form=day_form).count() == 3
