import pytest
from django.db import IntegrityError
from django.utils import timezone

from cohorts.models import ParticipantStatus
from elearning.errors import Conflict, UserError
from evaluations import services
from evaluations.models import EvaluationAnswer, EvaluationResponse, FormKind
from evaluations.services import AnswersInvalid, field_name
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import answers, build_form, noon_on
from tests.factories.modules import build_course

pytestmark = pytest.mark.django_db


def test_a_participant_answers_a_past_day_once(learner, cohort, days, day_form):
    response = services.response_submit(
        user=learner, form=day_form, cohort=cohort, day=days[0], answers=answers(day_form)
    )

    assert response.user == learner and response.day == days[0]
    stored = {a.question_id: (a.likert, a.text) for a in response.answers.all()}
    questions = list(day_form.questions.order_by("sort_order"))
    assert stored == {
        questions[0].pk: (4, ""),
        questions[1].pk: (4, ""),
        questions[2].pk: (None, "Rollespillet om vanskelige samtaler."),
    }


def test_a_second_submit_is_refused_and_changes_nothing(learner, cohort, days, day_form):
    services.response_submit(user=learner, form=day_form, cohort=cohort, day=days[0], answers=answers(day_form))

    with pytest.raises(Conflict) as refusal:
        services.response_submit(
            user=learner, form=day_form, cohort=cohort, day=days[0], answers=answers(day_form, likert=1)
        )

    assert refusal.value.code == "already_answered"
    assert EvaluationResponse.objects.count() == 1
    assert set(EvaluationAnswer.objects.exclude(likert=None).values_list("likert", flat=True)) == {4}


def test_each_day_has_its_own_answer(learner, cohort, days, day_form):
    for day in days[:2]:
        services.response_submit(user=learner, form=day_form, cohort=cohort, day=day, answers=answers(day_form))

    assert EvaluationResponse.objects.filter(user=learner).count() == 2


def test_a_day_that_has_not_started_is_not_open(learner, cohort, days, day_form):
    with pytest.raises(Conflict) as refusal:
        services.response_submit(user=learner, form=day_form, cohort=cohort, day=days[2], answers=answers(day_form))

    assert refusal.value.code == "not_open"
    assert not EvaluationResponse.objects.exists()


@pytest.mark.parametrize("status", [ParticipantStatus.WAITLISTED, ParticipantStatus.CANCELLED, None])
def test_only_confirmed_participants_answer(cohort, days, day_form, status):
    user = UserFactory()
    if status:
        ParticipantFactory(cohort=cohort, user=user, status=status, waitlisted_at=timezone.now())

    with pytest.raises(UserError) as refusal:
        services.response_submit(user=user, form=day_form, cohort=cohort, day=days[0], answers=answers(day_form))

    assert refusal.value.code == "not_participant"


def test_a_day_of_another_cohort_is_refused(learner, cohort, course, day_form):
    other = build_cohort(course, days=1, starts_on=cohort.starts_on)

    with pytest.raises(UserError) as refusal:
        services.response_submit(
            user=learner, form=day_form, cohort=cohort, day=other.days.get(), answers=answers(day_form)
        )

    assert refusal.value.code == "wrong_place"


def test_a_form_of_another_course_is_refused(learner, cohort, days, course):
    other_course, _ = build_course(course.get_parent(), modules=1, lessons=1)
    form = build_form(other_course)

    with pytest.raises(UserError) as refusal:
        services.response_submit(user=learner, form=form, cohort=cohort, day=days[0], answers=answers(form))

    assert refusal.value.code == "wrong_place"


def test_missing_and_out_of_range_answers_name_their_questions(learner, cohort, days, day_form):
    likert_required, likert_optional, text_required = day_form.questions.order_by("sort_order")
    data = {field_name(likert_required): "", field_name(likert_optional): "7", field_name(text_required): "  "}

    with pytest.raises(AnswersInvalid) as refusal:
        services.response_submit(user=learner, form=day_form, cohort=cohort, day=days[0], answers=data)

    assert set(refusal.value.errors) == {field_name(q) for q in (likert_required, likert_optional, text_required)}
    assert not EvaluationResponse.objects.exists()


def test_a_text_over_the_limit_is_refused_with_its_length(learner, cohort, days, day_form):
    data = answers(day_form, text="x" * 5001)

    with pytest.raises(AnswersInvalid) as refusal:
        services.response_submit(user=learner, form=day_form, cohort=cohort, day=days[0], answers=data)

    assert "5001" in next(iter(refusal.value.errors.values()))


def test_optional_questions_left_empty_store_no_answer(learner, cohort, days, day_form):
    likert_required, likert_optional, text_required = day_form.questions.order_by("sort_order")
    data = {field_name(likert_required): 5, field_name(likert_optional): None, field_name(text_required): "Mye\r\nbra"}

    response = services.response_submit(user=learner, form=day_form, cohort=cohort, day=days[0], answers=data)

    assert {a.question_id: (a.likert, a.text) for a in response.answers.all()} == {
        likert_required.pk: (5, ""),
        text_required.pk: (None, "Mye\nbra"),
    }


def test_the_end_of_course_form_opens_on_the_last_day(learner, course, cohort):
    form = build_form(course, FormKind.COURSE_END)

    with pytest.raises(Conflict):
        services.response_submit(user=learner, form=form, cohort=cohort, answers=answers(form))
    last_day = noon_on(cohort.ends_on)
    services.response_submit(user=learner, form=form, cohort=cohort, answers=answers(form), now=last_day)
    with pytest.raises(Conflict) as again:
        services.response_submit(user=learner, form=form, cohort=cohort, answers=answers(form), now=last_day)

    assert again.value.code == "already_answered"


def test_a_self_paced_course_is_evaluated_after_completion(course, learner):
    form = build_form(course, FormKind.COURSE_END)

    with pytest.raises(Conflict) as refusal:
        services.response_submit(user=learner, form=form, answers=answers(form))

    assert refusal.value.code == "not_completed"


# --- The database holds it ------------------------------------------------------------


def test_the_database_refuses_a_second_response_for_a_day(learner, cohort, days, day_form):
    EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=learner)

    with pytest.raises(IntegrityError):
        EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=learner)


def test_the_database_refuses_a_second_response_for_a_cohort(learner, course, cohort):
    form = build_form(course, FormKind.COURSE_END)
    EvaluationResponse.objects.create(form=form, cohort=cohort, user=learner)

    with pytest.raises(IntegrityError):
        EvaluationResponse.objects.create(form=form, cohort=cohort, user=learner)


def test_the_database_refuses_a_second_response_for_a_self_paced_course(learner, course):
    form = build_form(course, FormKind.COURSE_END)
    EvaluationResponse.objects.create(form=form, user=learner)

    with pytest.raises(IntegrityError):
        EvaluationResponse.objects.create(form=form, user=learner)


def test_anonymised_responses_do_not_collide(cohort, days, day_form):
    EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=None)
    EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=None)

    assert EvaluationResponse.objects.count() == 2


def test_the_database_refuses_a_likert_value_outside_1_to_5(learner, cohort, days, day_form):
    response = EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=learner)

    with pytest.raises(IntegrityError):
        EvaluationAnswer.objects.create(response=response, question=day_form.questions.first(), likert=6)


def test_the_database_refuses_two_answers_to_one_question(learner, cohort, days, day_form):
    response = EvaluationResponse.objects.create(form=day_form, cohort=cohort, day=days[0], user=learner)
    question = day_form.questions.first()
    EvaluationAnswer.objects.create(response=response, question=question, likert=3)

    with pytest.raises(IntegrityError):
        EvaluationAnswer.objects.create(response=response, question=question, likert=4)


def test_the_database_refuses_two_forms_of_one_kind_per_course(course, day_form):
    with pytest.raises(IntegrityError):
        build_form(course, FormKind.COURSE_DAY)


def test_a_required_end_of_course_answer_rechecks_completion(learner, course, cohort, monkeypatch):
    form = build_form(course, FormKind.COURSE_END, required_for_completion=True)
    checked = []
    monkeypatch.setattr(services.course_services, "course_completion_check", lambda **kw: checked.append(kw))
    last_day = noon_on(cohort.ends_on)

    services.response_submit(user=learner, form=form, cohort=cohort, answers=answers(form), now=last_day)

    assert checked == [{"user": learner, "course": cohort.course}]
