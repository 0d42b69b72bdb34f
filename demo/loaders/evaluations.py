"""Demo content for course evaluations (demo/content/evaluations.py): the
course's three forms (after each course day, at the end, the follow-up three
months later), and the living cohort's answers after its past course days,
so the course leader sees results. The demo learner has answered day 1 and
has day 2 still to answer on the timeline.

Idempotent: forms are looked up by course and kind, questions by their
place in the form, responses by form, day and person; answers are written
only with a new response."""

from __future__ import annotations

import datetime

from cohorts.models import Attendance, Cohort, Participant, ParticipantStatus
from demo.content import evaluations as content
from demo.loaders import modules as course_demo
from evaluations.models import EvaluationAnswer, EvaluationForm, EvaluationQuestion, EvaluationResponse, QuestionKind
from modules.models import CoursePage

LIVING_COHORT_SLUG = "levende-kull"


def _out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _form(course: CoursePage, kind: str, spec: dict) -> EvaluationForm:
    form, _created = EvaluationForm.objects.update_or_create(
        course=course, kind=kind, defaults={"title": spec["title"], "intro": spec["intro"]}
    )
    for order, (question_kind, text, required) in enumerate(spec["questions"]):
        EvaluationQuestion.objects.update_or_create(
            form=form, sort_order=order, defaults={"kind": question_kind, "text": text, "required": required}
        )
    # Questions past the content's end (from an older run) go, unless answered.
    form.questions.filter(sort_order__gte=len(spec["questions"])).exclude(answers__isnull=False).delete()
    return form


def _respondents(cohort: Cohort, day) -> list:
    """Who answers after ``day``: the participants present that day, the
    demo learner only after day 1 (day 2 is waiting on the timeline)."""
    absent = set(Attendance.objects.filter(day=day, present=False).values_list("participant__user_id", flat=True))
    participants = (
        Participant.objects.filter(cohort=cohort, status=ParticipantStatus.CONFIRMED)
        .select_related("user")
        .order_by("enrolled_at", "pk")
    )
    people = [p.user for p in participants if p.user_id not in absent]
    if day.number != 1:
        people = [user for user in people if user.email != course_demo.LEARNER]
    return people


def _answer(form: EvaluationForm, *, cohort, day, user, values, texts) -> bool:
    response, created = EvaluationResponse.objects.get_or_create(
        form=form,
        cohort=cohort,
        day=day,
        user=user,
        defaults={"submitted_at": day.ends_at - datetime.timedelta(minutes=10)},
    )
    if not created:
        return False
    questions = list(form.questions.order_by("sort_order"))
    likert = [q for q in questions if q.kind == QuestionKind.LIKERT]
    text = [q for q in questions if q.kind == QuestionKind.TEXT]
    rows = [EvaluationAnswer(response=response, question=q, likert=v) for q, v in zip(likert, values, strict=False)]
    rows += [EvaluationAnswer(response=response, question=q, text=t) for q, t in zip(text, texts, strict=False) if t]
    EvaluationAnswer.objects.bulk_create(rows)
    return True


def load(*, stdout=None) -> dict[str, EvaluationForm]:
    course = CoursePage.objects.filter(slug=course_demo.COURSE["slug"]).first()
    if course is None:
        raise RuntimeError("Load the course demo first (demo.loaders.modules).")
    forms = {kind: _form(course, kind, spec) for kind, spec in content.FORMS.items()}
    cohort = Cohort.objects.filter(course=course, slug=LIVING_COHORT_SLUG).first()
    added = 0
    if cohort is not None:
        days = {day.number: day for day in cohort.days.all()}
        for number, answers in content.DAY_ANSWERS.items():
            day = days.get(number)
            if day is None:
                continue
            for user, (values, *texts) in zip(_respondents(cohort, day), answers, strict=False):
                added += _answer(forms["course_day"], cohort=cohort, day=day, user=user, values=values, texts=texts)
    _out(stdout, f"Evaluation demo: {len(forms)} forms, {added} new answers in the living cohort.")
    return forms
