"""The evaluation demo: the course's three forms in Norwegian, the living
cohort's answers after its past days (results the course leader can read),
the demo learner with day 2 still to evaluate; idempotent."""

import pytest

from cohorts import selectors as cohort_selectors
from cohorts.models import Participant
from demo.content import evaluations as content
from demo.loaders import cohorts as cohorts_demo
from demo.loaders import evaluations as evaluations_demo
from demo.loaders import modules as course_demo
from evaluations import selectors
from evaluations.models import EvaluationAnswer, EvaluationForm, EvaluationResponse, FormKind
from tests.factories.modules import CourseIndexPageFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def living(demo_accounts, home):
    build_course(CourseIndexPageFactory(parent=home), modules=3, lessons=1, slug=course_demo.COURSE["slug"])
    return cohorts_demo.load()["living"]


def test_the_evaluation_demo_loads_twice_and_gives_results(living, client):
    evaluations_demo.load()
    counts = (EvaluationForm.objects.count(), EvaluationResponse.objects.count(), EvaluationAnswer.objects.count())
    evaluations_demo.load()
    assert counts == (
        EvaluationForm.objects.count(), EvaluationResponse.objects.count(), EvaluationAnswer.objects.count()
    )  # fmt: skip

    forms = {form.kind: form for form in EvaluationForm.objects.filter(course=living.course)}
    assert set(forms) == {FormKind.COURSE_DAY, FormKind.COURSE_END, FormKind.FOLLOW_UP}
    follow_up = forms[FormKind.FOLLOW_UP].questions.order_by("sort_order").first()
    assert follow_up.text == "Hva har du endret i din egen praksis siden kurset?" and follow_up.required

    groups = {g.day.number: g for g in selectors.results(course_id=living.course_id, cohort=living) if g.day}
    assert groups[1].responses == len(content.DAY_ANSWERS[1]) and not groups[1].hidden
    assert groups[3].responses == 0

    learner = Participant.objects.get(cohort=living, user__email=course_demo.LEARNER).user
    page = cohort_selectors.cohort_page(user=learner, cohort_id=living.pk)
    evaluation = {day.day.number: [i.done for i in day.items if i.kind == "evaluation"] for day in page.days}
    assert evaluation[1] == [True] and evaluation[2] == [False] and evaluation[3] == []

    client.force_login(living.leaders.get(user__email=cohorts_demo.COURSE_LEADER).user)
    response = client.get(f"/evaluering/kull/{living.pk}/resultater/")
    assert response.status_code == 200
    assert content.DAY_ANSWERS[1][0][1] in response.content.decode()
