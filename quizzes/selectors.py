"""Reads: the quiz block in a lesson, an attempt's pages, the review, and
the rows staff statistics are built from.

An attempt's pages are built from its snapshot (Attempt.questions) and its
answers: two queries whatever the number of questions. What is right and
the feedback are put into a view only when they may be shown: after the
attempt is submitted, or in immediate-feedback mode once the learner has
checked that answer. Templates cannot leak what a view does not hold.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from django.utils import timezone
from wagtail import hooks

from quizzes import answers as answer_forms
from quizzes import grading
from quizzes.models import Answer, Attempt, Question, Quiz, TimeLimitExtension
from quizzes.types import ONE_CHOICE_TYPES, QuestionType

# --- The quiz block in a lesson ---------------------------------------------------


@dataclass
class QuizPanel:
    quiz: Quiz
    lesson_id: int | None
    enabled: bool  # the learner may take the quiz here (signed in, enrolled, not a preview)
    attempts: list[Attempt] = field(default_factory=list)  # submitted, newest first
    open_attempt: Attempt | None = None
    question_count: int = 0
    time_limit: int | None = None  # this learner's, in minutes (time_limit_for)

    @property
    def used(self) -> int:
        return len(self.attempts) + (1 if self.open_attempt else 0)

    @property
    def attempts_left(self) -> int | None:
        if self.quiz.max_attempts is None:
            return None
        return max(0, self.quiz.max_attempts - self.used)

    @property
    def can_start(self) -> bool:
        return self.enabled and self.open_attempt is None and self.attempts_left != 0 and self.question_count > 0

    @property
    def passed(self) -> bool:
        return any(a.passed for a in self.attempts)

    @property
    def best_score(self) -> Decimal | None:
        scores = [a.score for a in self.attempts if a.score is not None]
        return max(scores) if scores else None


TIME_LIMITS_HOOK = "quiz_time_limits"


def time_limit_for(*, user, quiz: Quiz, lesson_id: int | None) -> int | None:
    """The learner's time limit on ``quiz`` in minutes, or None for none
    (WCAG 2.2.1): the quiz's limit, unless the app holding the lesson has
    turned limits off (the ``quiz_time_limits`` hook: ``fn(*, lesson_id,
    quiz_id) -> bool``; False from any of them means no limit), adjusted by
    the learner's extension. No query for an untimed quiz; two at most."""
    limit = quiz.time_limit_minutes
    if limit is None:
        return None
    if lesson_id is not None and not all(
        applies(lesson_id=lesson_id, quiz_id=quiz.pk) for applies in hooks.get_hooks(TIME_LIMITS_HOOK)
    ):
        return None
    if getattr(user, "is_authenticated", False):
        extension = TimeLimitExtension.objects.filter(quiz=quiz, user=user).first()
        if extension is not None:
            return extension.minutes(limit)
    return limit


def quiz_panel(*, quiz: Quiz, user, lesson_id: int | None, enabled: bool) -> QuizPanel:
    """The quiz block's state for one learner: two queries, and for a timed
    quiz the learner's own time limit (time_limit_for)."""
    pool = Question.objects.filter(quiz=quiz).count()
    count = min(pool, quiz.questions_per_attempt) if quiz.questions_per_attempt else pool
    panel = QuizPanel(quiz=quiz, lesson_id=lesson_id, enabled=enabled, question_count=count)
    panel.time_limit = time_limit_for(user=user if enabled else None, quiz=quiz, lesson_id=lesson_id)
    if not enabled or not getattr(user, "is_authenticated", False):
        return panel
    for attempt in attempts_for_user(user=user, quiz=quiz):
        if attempt.submitted:
            panel.attempts.append(attempt)
        else:
            panel.open_attempt = attempt
    return panel


def attempts_for_user(*, user, quiz: Quiz) -> list[Attempt]:
    """The learner's attempts at a quiz, newest first, without their snapshots."""
    return list(Attempt.objects.filter(user=user, quiz=quiz).defer("choice_order", "target_order").order_by("-number"))


# --- One attempt ------------------------------------------------------------------


def attempt_for_user(*, user, attempt_id: int) -> Attempt | None:
    """The attempt if it is ``user``'s, else None (shown as 404)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Attempt.objects.select_related("quiz", "lesson", "snapshot").filter(pk=attempt_id, user=user).first()


def seconds_left(attempt: Attempt, now: datetime.datetime | None = None) -> int | None:
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - (now or timezone.now())).total_seconds()))


@dataclass
class Option:
    key: str
    text: str
    # The learner's own answer, for the form:
    chosen: bool = False
    place: int | None = None  # ordering
    match: int | None = None  # matching: the index of the chosen match
    # Only set when the feedback may be shown:
    correct: bool | None = None
    feedback: str = ""


@dataclass
class Target:
    index: int
    text: str


@dataclass
class Feedback:
    correct: bool | None  # None: not graded
    points: Fraction
    max_points: int
    explanation: str
    right_answer: list[str]
    your_answer: list[str]
    choice_feedback: list[Option]  # the options the learner chose, with their feedback

    @property
    def partly(self) -> bool:
        return not self.correct and self.points > 0

    @property
    def points_display(self) -> str:
        value = Decimal(self.points.numerator) / Decimal(self.points.denominator)
        return f"{value.quantize(Decimal('0.01')).normalize():f}".replace(".", ",")


@dataclass
class Step:
    number: int
    answered: bool
    current: bool = False


@dataclass
class QuestionView:
    number: int
    total: int
    id: int
    type: str
    text: str
    options: list[Option]  # choice types and ordering items, in the attempt's order
    targets: list[Target]  # matching: the matches, in the attempt's order
    state: dict  # what the form shows (quizzes.answers.form_state)
    answered: bool
    checked: bool
    feedback: Feedback | None = None
    steps: list[Step] = field(default_factory=list)

    @property
    def is_last(self) -> bool:
        return self.number == self.total

    @property
    def places(self) -> range:
        return range(1, len(self.options) + 1)

    # The type as the templates ask it, so that no template spells a QuestionType value.
    @property
    def takes_one_choice(self) -> bool:
        return self.type in ONE_CHOICE_TYPES

    @property
    def is_multiple(self) -> bool:
        return self.type == QuestionType.MULTIPLE

    @property
    def is_ordering(self) -> bool:
        return self.type == QuestionType.ORDERING

    @property
    def is_matching(self) -> bool:
        return self.type == QuestionType.MATCHING

    @property
    def is_short_text(self) -> bool:
        return self.type == QuestionType.SHORT_TEXT

    @property
    def is_likert(self) -> bool:
        return self.type == QuestionType.LIKERT

    @property
    def is_reflection(self) -> bool:
        return self.type == QuestionType.REFLECTION

    @property
    def is_graded(self) -> bool:
        return self.type not in grading.UNGRADED


def _answers(attempt: Attempt) -> dict[int, Answer]:
    return {a.question_id: a for a in Answer.objects.filter(attempt=attempt).only("question_id", "value", "checked")}


def _texts(spec: dict) -> dict[int, dict]:
    return {c["id"]: c for c in spec["choices"]}


def _feedback(spec: dict, value) -> Feedback:
    grade = grading.grade_question(spec, value)
    by_id = _texts(spec)
    kind = spec["type"]
    right: list[str] = []
    yours: list[str] = []
    chosen_feedback: list[Option] = []
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE, QuestionType.LIKERT):
        right = [c["text"] for c in spec["choices"] if c["correct"]] if kind != QuestionType.LIKERT else []
        chosen_ids = value if isinstance(value, list) else ([value] if value is not None else [])
        for choice_id in chosen_ids:
            choice = by_id.get(choice_id)
            if choice is None:
                continue
            yours.append(choice["text"])
            chosen_feedback.append(
                Option(
                    key=choice["key"],
                    text=choice["text"],
                    chosen=True,
                    correct=choice["correct"] if kind != QuestionType.LIKERT else None,
                    feedback=choice["feedback"],
                )
            )
    elif kind == QuestionType.ORDERING:
        right = [c["text"] for c in spec["choices"]]
        yours = [by_id[v]["text"] for v in value if v in by_id] if isinstance(value, list) else []
    elif kind == QuestionType.MATCHING:
        right = [f"{c['text']} → {c['match']}" for c in spec["choices"]]
        given = value if isinstance(value, dict) else {}
        for c in spec["choices"]:
            target = by_id.get(given.get(str(c["id"])))
            if target is not None:
                yours.append(f"{c['text']} → {target['match']}")
    elif kind == QuestionType.SHORT_TEXT:
        right = list(spec.get("accepted", []))[:1]
        yours = [value] if isinstance(value, str) else []
    elif kind == QuestionType.REFLECTION:
        yours = [value] if isinstance(value, str) else []
    return Feedback(
        correct=grade.correct,
        points=grade.points,
        max_points=grade.max_points,
        explanation=spec.get("explanation", ""),
        right_answer=right,
        your_answer=yours,
        choice_feedback=chosen_feedback,
    )


def _question_view(
    attempt: Attempt, number: int, answer: Answer | None, *, reveal_all: bool, posted=None
) -> QuestionView:
    question_id = attempt.question_ids[number - 1]
    spec = attempt.questions[str(question_id)]
    by_id = _texts(spec)
    targets_ids = attempt.target_order.get(str(question_id)) or []
    value = answer.value if answer else None
    checked = bool(answer and answer.checked)
    reveal = reveal_all or (attempt.immediate_feedback and checked)
    options = [
        Option(key=by_id[cid]["key"], text=by_id[cid]["text"])
        for cid in attempt.choice_order.get(str(question_id), [])
        if cid in by_id
    ]
    if posted is None:
        state = answer_forms.form_state(spec, value, targets=targets_ids)
    else:
        state = answer_forms.posted_state(spec, posted, targets=targets_ids)
    by_key = {c["key"]: c for c in spec["choices"]}
    for option in options:
        option.chosen = option.key in state["chosen"]
        option.place = state["places"].get(option.key)
        option.match = state["matches"].get(option.key)
        if reveal and spec["type"] in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE):
            option.correct = by_key[option.key]["correct"]
            option.feedback = by_key[option.key]["feedback"]
    return QuestionView(
        number=number,
        total=len(attempt.question_ids),
        id=question_id,
        type=spec["type"],
        text=spec["text"],
        options=options,
        targets=[Target(index=i, text=by_id[cid]["match"]) for i, cid in enumerate(targets_ids) if cid in by_id],
        state=state,
        answered=value is not None,
        checked=checked,
        feedback=_feedback(spec, value) if reveal else None,
    )


def attempt_question(*, attempt: Attempt, number: int, posted=None) -> QuestionView | None:
    """Question ``number`` (1-based) of an attempt as the learner may see it
    now, with ``steps`` (every question's number and whether it is answered)
    for the navigation: one query. ``posted``: the form data of an answer
    that was refused, which the form shows instead of the saved answer."""
    if not 1 <= number <= len(attempt.question_ids):
        return None
    answers = _answers(attempt)
    view = _question_view(
        attempt, number, answers.get(attempt.question_ids[number - 1]), reveal_all=attempt.submitted, posted=posted
    )
    view.steps = [
        Step(number=n, answered=qid in answers and answers[qid].value is not None, current=n == number)
        for n, qid in enumerate(attempt.question_ids, start=1)
    ]
    return view


def attempt_questions(*, attempt: Attempt) -> list[QuestionView]:
    """Every question of an attempt (the overview before submitting, and the
    review after): one query for the answers."""
    answers = _answers(attempt)
    return [
        _question_view(attempt, number, answers.get(qid), reveal_all=attempt.submitted)
        for number, qid in enumerate(attempt.question_ids, start=1)
    ]


def first_unanswered(*, attempt: Attempt) -> int:
    answered = set(Answer.objects.filter(attempt=attempt, value__isnull=False).values_list("question_id", flat=True))
    for number, qid in enumerate(attempt.question_ids, start=1):
        if qid not in answered:
            return number
    return len(attempt.question_ids) or 1


def attempt_regrade(*, attempt: Attempt) -> Decimal:
    """The score the stored answers give now (equals Attempt.score once submitted)."""
    values = {qid: a.value for qid, a in _answers(attempt).items()}
    return grading.grade_attempt([attempt.questions[str(q)] for q in attempt.question_ids], values)
