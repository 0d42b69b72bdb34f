import pytest

from evaluations import privacy
from evaluations.models import EvaluationAnswer, EvaluationResponse, FollowUpInvitation
from tests.factories.evaluations import respond

pytestmark = pytest.mark.django_db


def test_export_holds_each_answer(learner, cohort, days, day_form):
    respond(day_form, user=learner, cohort=cohort, day=days[1], likert=3, text="Jeg vil prøve refleksjonsrunder.")

    name, data = privacy.export_user_data(learner)

    assert name == "evaluations"
    assert [(r["course_day"], r["cohort"]) for r in data] == [(2, cohort.title)]
    assert [(a["value"], a["text"]) for a in data[0]["answers"]] == [
        (3, ""),
        (3, ""),
        (None, "Jeg vil prøve refleksjonsrunder."),
    ]


def test_erase_keeps_the_scale_answers_without_the_person_and_deletes_free_text(learner, cohort, days, day_form):
    respond(day_form, user=learner, cohort=cohort, day=days[0], text="Noe som kan si hvem jeg er.")
    FollowUpInvitation.objects.create(cohort=cohort, user=learner)

    privacy.erase_user_data(learner)

    response = EvaluationResponse.objects.get()
    assert response.user is None
    assert list(EvaluationAnswer.objects.values_list("likert", "text")) == [(4, ""), (4, "")]
    assert not FollowUpInvitation.objects.exists()
