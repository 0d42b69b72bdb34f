import datetime

import factory
from django.utils import timezone

from evaluations.models import (
    EvaluationForm,
    EvaluationQuestion,
    EvaluationResponse,
    FormKind,
    QuestionKind,
)
from evaluations.services import field_name


class EvaluationFormFactory(factory.django.DjangoModelFactory):
    """A form for ``course``; add questions with ``add_questions``."""

    class Meta:
        model = EvaluationForm

    kind = FormKind.COURSE_DAY
    title = factory.LazyAttribute(lambda o: {"course_day": "Evaluering av kursdagen"}.get(o.kind, "Evaluering"))


class EvaluationQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvaluationQuestion

    kind = QuestionKind.LIKERT
    text = factory.Sequence(lambda n: f"Påstand {n}: Jeg fikk noe jeg kan bruke i egen praksis.")
    required = True
    sort_order = factory.Sequence(lambda n: n)


def build_form(course, kind=FormKind.COURSE_DAY, *, likert=2, text=1, required=True, **kwargs) -> EvaluationForm:
    """A form with ``likert`` statements then ``text`` free-text questions;
    the first of each kind is ``required``."""
    form = EvaluationFormFactory(course=course, kind=kind, **kwargs)
    for i in range(likert):
        EvaluationQuestionFactory(form=form, kind=QuestionKind.LIKERT, required=required and i == 0)
    for i in range(text):
        EvaluationQuestionFactory(
            form=form, kind=QuestionKind.TEXT, text=f"Hva tar du med deg? ({i + 1})", required=required and i == 0
        )
    return form


def noon_on(date: datetime.date) -> datetime.datetime:
    """Noon, local time, on a date: the same day in Oslo and in UTC whatever time the test runs."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))


def answers(form, *, likert=4, text="Rollespillet om vanskelige samtaler.") -> dict:
    """Answers to every question of ``form``, keyed by field name."""
    return {
        field_name(q): (likert if q.kind == QuestionKind.LIKERT else text)
        for q in form.questions.order_by("sort_order")
    }


def respond(form, *, user=None, cohort=None, day=None, likert=4, text="Godt eksempel fra praksis."):
    """A response with an answer to every question, written directly (for results tests)."""
    response = EvaluationResponse.objects.create(form=form, cohort=cohort, day=day, user=user)
    for question in form.questions.all():
        if question.kind == QuestionKind.LIKERT:
            response.answers.create(question=question, likert=likert)
        elif text:
            response.answers.create(question=question, text=text)
    return response
