"""Reads for course evaluations: the form a participant may answer, the
timeline items under each course day, and the results per cohort. Query
counts do not grow with the number of days, questions or answers."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts import selectors as cohort_selectors
from cohorts.models import Cohort, CourseDay, Participant, ParticipantStatus
from cohorts.types import ParticipantItems, Requirement, TimelineItem
from evaluations import rules
from evaluations.models import (
    LIKERT_MAX,
    LIKERT_MIN,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationQuestion,
    EvaluationResponse,
    FormKind,
)
from modules.models import CoursePage, Enrolment
from modules.services import canonical_page

# --- Answering ----------------------------------------------------------------------


def form_url(*, kind: str, cohort_id: int | None, day_id: int | None = None, course_id: int | None = None) -> str:
    if cohort_id is None:
        return reverse("evaluations:course", args=[course_id])
    if kind == FormKind.COURSE_DAY:
        return reverse("evaluations:day", args=[cohort_id, day_id])
    if kind == FormKind.COURSE_END:
        return reverse("evaluations:course_end", args=[cohort_id])
    return reverse("evaluations:follow_up", args=[cohort_id])


@dataclass
class AnswerPage:
    """What the answer page shows: the form (questions prefetched), where it
    belongs (a cohort and maybe a day, or a self-paced ``course``), whether
    it is open (from ``opens_at``; a self-paced course once completed) and
    whether this person has answered."""

    form: EvaluationForm
    cohort: Cohort | None
    day: CourseDay | None
    opens_at: datetime.datetime | None
    is_open: bool
    answered: bool
    course: CoursePage | None = None

    @property
    def url(self) -> str:
        return form_url(
            kind=self.form.kind,
            cohort_id=self.cohort.pk if self.cohort else None,
            day_id=self.day.pk if self.day else None,
            course_id=self.course.pk if self.course else None,
        )

    @property
    def back_url(self) -> str:
        return self.cohort.get_absolute_url() if self.cohort else self.course.url

    @property
    def place_title(self) -> str:
        if self.cohort:
            return f"{self.cohort.course.title}: {self.cohort.title}"
        return self.course.title


def _form_with_questions(*, course_id: int, kind: str) -> EvaluationForm | None:
    return (
        EvaluationForm.objects.filter(course_id=course_id, kind=kind)
        .prefetch_related(Prefetch("questions", queryset=EvaluationQuestion.objects.order_by("sort_order", "pk")))
        .first()
    )


def answer_page(*, user, cohort_id: int, kind: str, day_id: int | None = None, now=None) -> AnswerPage | None:
    """The form ``user`` may answer, or None (a 404) if the cohort, day or
    form does not exist or ``user`` is not a confirmed participant."""
    if not user.is_authenticated:
        return None
    participant = (
        Participant.objects.select_related("cohort__course")
        .filter(cohort_id=cohort_id, user=user, status=ParticipantStatus.CONFIRMED)
        .first()
    )
    if participant is None:
        return None
    cohort = participant.cohort
    day = None
    if kind == FormKind.COURSE_DAY:
        day = CourseDay.objects.filter(pk=day_id, cohort=cohort).first()
        if day is None:
            return None
    form = _form_with_questions(course_id=cohort.course_id, kind=kind)
    if form is None:
        return None
    opens_at = rules.opens_at(kind=kind, cohort=cohort, day=day)
    answered = EvaluationResponse.objects.filter(form=form, cohort=cohort, day=day, user=user).exists()
    return AnswerPage(
        form=form,
        cohort=cohort,
        day=day,
        opens_at=opens_at,
        is_open=(now or timezone.now()) >= opens_at,
        answered=answered,
    )


def course_answer_page(*, user, course_id: int) -> AnswerPage | None:
    """The end-of-course form of a live self-paced course for an enrolled
    learner (open once the course is completed), or None (a 404)."""
    if not user.is_authenticated:
        return None
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None or course.is_cohort_course:
        return None
    canonical = canonical_page(course)
    enrolment = Enrolment.objects.filter(user=user, course=canonical).first()
    if enrolment is None:
        return None
    form = _form_with_questions(course_id=canonical.pk, kind=FormKind.COURSE_END)
    if form is None:
        return None
    answered = EvaluationResponse.objects.filter(form=form, cohort=None, day=None, user=user).exists()
    return AnswerPage(
        form=form,
        cohort=None,
        day=None,
        opens_at=None,
        is_open=enrolment.completed_at is not None,
        answered=answered,
        course=course,
    )


# --- Hooks for the cohort page ------------------------------------------------------


def participant_items(*, user, cohort, days, now=None) -> ParticipantItems:
    """Hook ``cohort_participant_items``: timeline_items and
    completion_requirements from one read of the course's forms and the
    user's responses. Two queries (one when the course has no forms)."""
    forms = _forms(cohort)
    answered = _answered(user=user, cohort=cohort) if forms else set()
    return ParticipantItems(
        timeline=_timeline(forms, answered, cohort=cohort, days=days, now=now or timezone.now()),
        requirements=_requirements(forms, answered, cohort=cohort),
        changes_at=tuple(
            rules.opens_at(kind=kind, cohort=cohort)
            for kind in (FormKind.COURSE_END, FormKind.FOLLOW_UP)
            if kind in forms
        ),
    )


def _forms(cohort) -> dict[str, EvaluationForm]:
    found = EvaluationForm.objects.filter(course_id=cohort.course_id).only("pk", "kind", "required_for_completion")
    return {form.kind: form for form in found}


def _answered(*, user, cohort) -> set[tuple[int, int | None]]:
    return set(EvaluationResponse.objects.filter(user=user, cohort=cohort).values_list("form_id", "day_id"))


def timeline_items(*, user, cohort, days, now=None) -> dict[int, list[TimelineItem]]:
    """The evaluations to show under each day of ``cohort``'s timeline: the
    day's form once the day has started, and under the last day the end of
    course form and, later, the follow-up. Two queries whatever the days."""
    if not days:
        return {}
    forms = _forms(cohort)
    if not forms:
        return {}
    return _timeline(forms, _answered(user=user, cohort=cohort), cohort=cohort, days=days, now=now or timezone.now())


def _timeline(forms: dict, answered: set, *, cohort, days, now) -> dict[int, list[TimelineItem]]:
    days = list(days)
    if not days or not forms:
        return {}
    items: dict[int, list[TimelineItem]] = defaultdict(list)
    day_form = forms.get(FormKind.COURSE_DAY)
    if day_form is not None:
        for day in days:
            if now >= day.starts_at:
                items[day.pk].append(
                    TimelineItem(
                        kind="evaluation",
                        label=_("Evaluate the course day"),
                        url=form_url(kind=FormKind.COURSE_DAY, cohort_id=cohort.pk, day_id=day.pk),
                        due_at=None,
                        done=(day_form.pk, day.pk) in answered,
                    )
                )
    last = max(days, key=lambda d: d.number)
    for kind, label in (
        (FormKind.COURSE_END, _("Evaluate the course")),
        (FormKind.FOLLOW_UP, _("Follow-up: what have you changed?")),
    ):
        form = forms.get(kind)
        if form is not None and now >= rules.opens_at(kind=kind, cohort=cohort):
            items[last.pk].append(
                TimelineItem(
                    kind="evaluation",
                    label=label,
                    url=form_url(kind=kind, cohort_id=cohort.pk),
                    due_at=None,
                    done=(form.pk, None) in answered,
                )
            )
    return dict(items)


def completion_requirements(*, user, cohort) -> list[Requirement]:
    """The end-of-course evaluation, when its form says it is required."""
    form = EvaluationForm.objects.filter(
        course_id=cohort.course_id, kind=FormKind.COURSE_END, required_for_completion=True
    ).first()
    if form is None:
        return []
    met = EvaluationResponse.objects.filter(form=form, cohort=cohort, day=None, user=user).exists()
    return [_course_end_requirement(cohort, met=met)]


def _requirements(forms: dict, answered: set, *, cohort) -> list[Requirement]:
    form = forms.get(FormKind.COURSE_END)
    if form is None or not form.required_for_completion:
        return []
    return [_course_end_requirement(cohort, met=(form.pk, None) in answered)]


def _course_end_requirement(cohort, *, met: bool) -> Requirement:
    return Requirement(
        key="evaluation:course_end",
        label=_("Answer the course evaluation"),
        met=met,
        url=form_url(kind=FormKind.COURSE_END, cohort_id=cohort.pk),
    )


# --- Results ------------------------------------------------------------------------


@dataclass
class LikertBar:
    value: int
    count: int
    percent: int


@dataclass
class QuestionResult:
    question: EvaluationQuestion
    answered: int = 0
    mean: float | None = None
    distribution: list[LikertBar] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


@dataclass
class ResultGroup:
    """The answers to one form at one point (a course day, the end, the
    follow-up). ``hidden`` when fewer than REPORTS_MIN_GROUP_SIZE people
    answered: then nothing but the count is shown, to keep answers anonymous."""

    form: EvaluationForm
    day: CourseDay | None
    responses: int
    hidden: bool
    questions: list[QuestionResult]

    @property
    def label(self) -> str:
        if self.day is not None:
            title = f"{self.day.label}: {self.day.title}" if self.day.title else self.day.label
            return title
        return self.form.get_kind_display()


def min_group_size() -> int:
    return settings.REPORTS_MIN_GROUP_SIZE


def results(*, course_id: int, cohort: Cohort | None) -> list[ResultGroup]:
    """Every form of the course with its answers from ``cohort`` (or from the
    self-paced course when ``cohort`` is None), day by day. Six queries."""
    minimum = min_group_size()
    forms = list(
        EvaluationForm.objects.filter(course_id=course_id)
        .prefetch_related(Prefetch("questions", queryset=EvaluationQuestion.objects.order_by("sort_order", "pk")))
        .order_by("pk")
    )
    order = {FormKind.COURSE_DAY: 0, FormKind.COURSE_END: 1, FormKind.FOLLOW_UP: 2}
    forms.sort(key=lambda f: order.get(f.kind, 9))
    days = list(CourseDay.objects.filter(cohort=cohort).order_by("number")) if cohort else []
    responses = EvaluationResponse.objects.filter(form__course_id=course_id, cohort=cohort)
    counts = {
        (row["form_id"], row["day_id"]): row["n"]
        for row in responses.values("form_id", "day_id").annotate(n=Count("pk")).order_by()
    }
    visible = {key for key, n in counts.items() if n >= minimum}
    answers = EvaluationAnswer.objects.filter(response__in=responses)
    likert: dict[tuple, dict[int, int]] = defaultdict(dict)
    for row in (
        answers.filter(likert__isnull=False)
        .values("response__form_id", "response__day_id", "question_id", "likert")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        likert[(row["response__form_id"], row["response__day_id"], row["question_id"])][row["likert"]] = row["n"]
    texts: dict[tuple, list[str]] = defaultdict(list)
    for form_id, day_id, question_id, text in (
        answers.exclude(text="")
        .order_by("response__submitted_at", "pk")
        .values_list("response__form_id", "response__day_id", "question_id", "text")
    ):
        if (form_id, day_id) in visible:
            texts[(form_id, day_id, question_id)].append(text)

    groups = []
    for form in forms:
        points = [(day.pk, day) for day in days] if form.kind == FormKind.COURSE_DAY else [(None, None)]
        for day_id, day in points:
            if form.kind == FormKind.COURSE_DAY and cohort is None:
                continue
            n = counts.get((form.pk, day_id), 0)
            hidden = n < minimum
            questions = []
            if not hidden:
                for question in form.questions.all():
                    questions.append(_question_result(question, likert[(form.pk, day_id, question.pk)],
                                                      texts[(form.pk, day_id, question.pk)]))  # fmt: skip
            groups.append(ResultGroup(form=form, day=day, responses=n, hidden=hidden, questions=questions))
    return groups


def _question_result(question, counts: dict[int, int], texts: list[str]) -> QuestionResult:
    if not question.is_likert:
        return QuestionResult(question=question, answered=len(texts), texts=texts)
    answered = sum(counts.values())
    bars = [
        LikertBar(value=v, count=counts.get(v, 0), percent=round(100 * counts.get(v, 0) / answered) if answered else 0)
        for v in range(LIKERT_MIN, LIKERT_MAX + 1)
    ]
    mean = sum(v * n for v, n in counts.items()) / answered if answered else None
    return QuestionResult(question=question, answered=answered, mean=mean, distribution=bars)


# --- Who sees results ---------------------------------------------------------------


def cohort_for_results(*, user, cohort_id: int) -> Cohort | None:
    """The cohort if ``user`` is one of its course leaders (or staff who run
    cohorts), else None (404)."""
    if not user.is_authenticated:
        return None
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    if cohort is None or not cohort_selectors.is_cohort_leader(user, cohort):
        return None
    return cohort


def cohorts_with_responses():
    """Cohorts for the staff overview, newest first, with their answer counts."""
    return (
        Cohort.objects.select_related("course")
        .annotate(response_count=Count("evaluation_responses"))
        .order_by("-starts_on", "-pk")
    )
