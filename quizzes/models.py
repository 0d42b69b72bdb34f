"""Quizzes are Wagtail snippets: a quiz with its questions and their choices
as nested inline children (modelcluster), placed in lessons by a StreamField
block. Learners' attempts and answers are relational rows.

An attempt keeps a snapshot of the questions it drew (text, choices, what is
correct, explanations) taken when it started. Grading, the attempt pages and
the review read that snapshot, so an editor changing the quiz never changes
an attempt under way or a score already given, and the stored score always
equals a re-grading of the stored answers (quizzes.grading). A snapshot is
stored once per distinct content (QuizSnapshot, keyed by a hash of it):
thousands of attempts at an unchanged quiz point to one row.
"""

import hashlib
import json
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from quizzes.types import QuestionType  # noqa: F401 - part of the models' public names

QUESTION_TEXT_MAX_LENGTH = 2000
CHOICE_TEXT_MAX_LENGTH = 500


class QuizKind(models.TextChoices):
    PRACTICE = "practice", _("Practice questions")
    TEST = "test", _("Knowledge test")


class FeedbackMode(models.TextChoices):
    DEFAULT = "", _("As the kind suggests (practice: immediate, test: after submitting)")
    IMMEDIATE = "immediate", _("Immediately, question by question")
    AFTER_SUBMIT = "after_submit", _("After the attempt is submitted")


def new_choice_key() -> str:
    """The public name of a choice in forms. Random, so that nothing in the
    page (for example the order of database ids) gives an answer away."""
    return secrets.token_hex(6)


def question_problems(*, type: str, choices: list[tuple[bool, str]], accepted: list[str]) -> list[str]:
    """What is wrong with a question as authored: ``choices`` as (right?,
    match) pairs. Used by the admin form and by code that builds quizzes from data."""
    correct = sum(1 for right, _match in choices if right)
    problems = []
    if type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and correct != 1:
        problems.append(_("Mark exactly one option as right."))
    if type == QuestionType.TRUE_FALSE and len(choices) != 2:
        problems.append(_("A true-or-false question has two options, for example 'True' and 'False'."))
    if type == QuestionType.MULTIPLE and correct < 1:
        problems.append(_("Mark at least one option as right."))
    if type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.ORDERING) and len(choices) < 2:
        problems.append(_("Add at least two options."))
    if type == QuestionType.MATCHING and (len(choices) < 2 or any(not match for _right, match in choices)):
        problems.append(_("Add at least two pairs, each with its match."))
    if type == QuestionType.LIKERT and len(choices) < 2:
        problems.append(_("Add the points of the scale as options."))
    if type == QuestionType.SHORT_TEXT and not accepted:
        problems.append(_("Add at least one accepted answer."))
    return problems


class QuizAdminForm(WagtailAdminModelForm):
    """Checks each question against its options once the nested forms are
    cleaned (a model's clean() cannot see options that are being edited)."""

    def is_valid(self):
        valid = super().is_valid()
        questions = self.formsets.get("questions")
        if questions is None or not hasattr(questions, "cleaned_data"):
            return valid
        for form in questions.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            choice_forms = form.formsets["choices"].forms if "choices" in getattr(form, "formsets", {}) else []
            choices = [
                (bool(f.cleaned_data.get("correct")), (f.cleaned_data.get("match_text") or "").strip())
                for f in choice_forms
                if getattr(f, "cleaned_data", None) and not f.cleaned_data.get("DELETE")
            ]
            accepted = [line.strip() for line in (data.get("accepted_answers") or "").splitlines() if line.strip()]
            for problem in question_problems(type=data.get("type"), choices=choices, accepted=accepted):
                form.add_error(None, problem)
                valid = False
        return valid


class Quiz(index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=QuizKind.choices, default=QuizKind.PRACTICE)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The score in per cent needed to pass."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit."),
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions at random from the pool for each attempt. Leave empty for all."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(
        _("shuffle options"),
        default=False,
        help_text=_("Items to put in order and matching pairs are always shuffled."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no time limit."),
    )
    feedback_mode = models.CharField(
        _("feedback"), max_length=16, choices=FeedbackMode.choices, default=FeedbackMode.DEFAULT, blank=True
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("feedback_mode")]),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("questions_per_attempt"), FieldPanel("time_limit_minutes")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
            ],
            heading=_("Settings"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question")),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    base_form_class = QuizAdminForm

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(condition=Q(pass_mark__lte=100), name="quizzes_quiz_pass_mark_max_100"),
            models.CheckConstraint(
                condition=Q(max_attempts__isnull=True) | Q(max_attempts__gte=1),
                name="quizzes_quiz_max_attempts_positive",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def effective_feedback_mode(self) -> str:
        if self.feedback_mode:
            return self.feedback_mode
        return FeedbackMode.IMMEDIATE if self.kind == QuizKind.PRACTICE else FeedbackMode.AFTER_SUBMIT

    @property
    def immediate_feedback(self) -> bool:
        return self.effective_feedback_mode == FeedbackMode.IMMEDIATE


class Question(ClusterableModel, Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    type = models.CharField(_("type"), max_length=16, choices=QuestionType.choices, default=QuestionType.SINGLE)
    text = models.TextField(_("question"), max_length=QUESTION_TEXT_MAX_LENGTH)
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Why the right answer is right. Shown with the feedback."),
    )
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_(
            "Multiple choice: a point for each right option, minus one for each wrong one. "
            "Put in order: credit for each item in its place. Matching pairs always give credit per pair."
        ),
    )
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_("Short text: one accepted answer per line. Case and extra spaces are ignored."),
    )

    panels = [
        FieldRowPanel([FieldPanel("type"), FieldPanel("partial_credit")]),
        FieldPanel("text"),
        FieldPanel("explanation"),
        FieldPanel("accepted_answers"),
        InlinePanel(
            "choices",
            heading=_("Options"),
            label=_("Option"),
            help_text=_(
                "Single and multiple choice, true or false: the options, with the right ones marked. "
                "Put in order: the items in the right order. Matching pairs: each item with its match. "
                "Self-assessment: the points of the scale, from low to high."
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:80]

    def accepted_list(self) -> list[str]:
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]


class Choice(Orderable):
    """An option of a question. For "put in order" the order of the options
    is the right order; for "matching pairs" ``match_text`` is the match."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    key = models.CharField(max_length=16, unique=True, default=new_choice_key, editable=False)
    text = models.CharField(_("text"), max_length=CHOICE_TEXT_MAX_LENGTH)
    correct = models.BooleanField(_("right answer"), default=False)
    match_text = models.CharField(_("match"), max_length=CHOICE_TEXT_MAX_LENGTH, blank=True)
    feedback = models.TextField(_("feedback"), blank=True, help_text=_("Shown when the learner chose this option."))

    panels = [
        FieldRowPanel([FieldPanel("text"), FieldPanel("correct")]),
        FieldPanel("match_text"),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text[:80]


class QuizSnapshot(models.Model):
    """The questions an attempt drew, {str(question id): spec} (the shape in
    quizzes.grading), stored once per distinct content: ``digest`` is the
    SHA-256 of its canonical JSON. Never changed once written."""

    digest = models.CharField(max_length=64, unique=True, editable=False)
    questions = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("question snapshot")
        verbose_name_plural = _("question snapshots")

    def __str__(self):
        return self.digest[:12]

    @staticmethod
    def digest_of(questions: dict) -> str:
        canonical = json.dumps(questions, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


class Attempt(models.Model):
    """One try at a quiz. ``snapshot`` holds the questions the attempt drew
    (see the module docstring; ``questions`` reads them); ``question_ids`` their order for this attempt;
    ``choice_order`` the order options are shown in, per question id, and,
    for matching pairs, ``target_order`` the order of the matches."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    lesson = models.ForeignKey("modules.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    question_ids = models.JSONField(default=list)
    choice_order = models.JSONField(default=dict)
    target_order = models.JSONField(default=dict)
    snapshot = models.ForeignKey(QuizSnapshot, on_delete=models.PROTECT, related_name="attempts")
    pass_mark = models.PositiveSmallIntegerField(default=0)
    feedback_mode = models.CharField(max_length=16, choices=FeedbackMode.choices[1:])
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    timed_out = models.BooleanField(_("time ran out"), default=False)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="quizzes_attempt_unique_number"),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="quizzes_attempt_one_open_per_quiz",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=100), name="quizzes_attempt_score_0_100"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="quizzes_attempt_number_positive"),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True) | Q(score__isnull=False, passed__isnull=False),
                name="quizzes_attempt_submitted_has_score",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "submitted_at"], name="quizzes_att_quiz_submitted")]

    def __str__(self):
        return f"{self.quiz} #{self.number}"

    @property
    def questions(self) -> dict:
        """The snapshot of the questions drawn: {str(question id): spec}."""
        return self.snapshot.questions

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def immediate_feedback(self) -> bool:
        return self.feedback_mode == FeedbackMode.IMMEDIATE


class Answer(models.Model):
    """A learner's answer to one question of one attempt. ``value`` refers to
    choice ids (see quizzes.answers for its shape per question type).
    ``question`` points into the attempt's snapshot: it is not a database
    constraint, so an editor removing a question never removes answers.
    ``checked`` is set when the learner asked for immediate feedback: the
    answer is then final."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.DO_NOTHING, db_constraint=False, related_name="answers")
    value = models.JSONField(null=True, blank=True)
    checked = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="quizzes_answer_unique_per_question")
        ]

    def __str__(self):
        return f"{self.attempt} / {self.question_id}"


class TimeLimitExtension(models.Model):
    """More time, or no time limit at all, on one quiz for one learner
    (WCAG 2.2.1 "Timing adjustable"), granted by staff before the learner
    starts. It applies to attempts started after it was granted. Only the
    adjustment is stored, never the reason for it."""

    quiz = models.ForeignKey(
        Quiz, on_delete=models.CASCADE, related_name="time_limit_extensions", verbose_name=_("quiz")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_time_limit_extensions",
        verbose_name=_("learner"),
    )
    no_limit = models.BooleanField(_("no time limit"), default=False)
    extra_minutes = models.PositiveSmallIntegerField(
        _("extra minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Added to the quiz's time limit. Leave empty when there is no time limit."),
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)

    panels = [
        FieldPanel("quiz"),
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("no_limit"), FieldPanel("extra_minutes")]),
    ]

    class Meta:
        verbose_name = _("time limit extension")
        verbose_name_plural = _("time limit extensions")
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user"], name="quizzes_time_extension_one_per_learner"),
            models.CheckConstraint(
                condition=Q(no_limit=True) | Q(extra_minutes__isnull=False, extra_minutes__gte=1),
                name="quizzes_time_extension_gives_something",
                violation_error_message=_("Give extra minutes, or no time limit."),
            ),
        ]

    def __str__(self):
        return f"{self.quiz} – {self.user}"

    def minutes(self, limit: int | None) -> int | None:
        """The learner's time limit on a quiz limited to ``limit`` minutes."""
        if limit is None or self.no_limit:
            return None
        return limit + (self.extra_minutes or 0)


class QuestionResult(models.Model):
    """How one submitted attempt did on one question it drew: written by
    quizzes.services.attempt_submit in the transaction that grades the
    attempt (quizzes.results builds it from the snapshot and the answers),
    so reports are database aggregates instead of regrading every attempt.
    The points are ``earned / out_of`` (an exact fraction of the question's
    one point); ``score`` copies the attempt's score, so item analysis ranks
    the attempts that drew a question without a join. Never changed."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="results")
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    type = models.CharField(max_length=16, choices=QuestionType.choices)
    graded = models.BooleanField()
    answered = models.BooleanField()
    earned = models.PositiveIntegerField()
    out_of = models.PositiveIntegerField()
    score = models.DecimalField(max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = _("question result")
        verbose_name_plural = _("question results")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="quizzes_result_one_per_question"),
            models.CheckConstraint(
                condition=Q(out_of__gte=1, earned__lte=models.F("out_of")), name="quizzes_result_points_0_1"
            ),
        ]
        indexes = [
            # Item analysis ranks the graded results of each question by score and reads their
            # points from this index alone (no sort, no table rows).
            models.Index(
                fields=["quiz", "question", "score", "attempt", "earned", "out_of"],
                name="quizzes_result_graded_rank",
                condition=Q(graded=True),
            )
        ]

    def __str__(self):
        return f"{self.attempt_id} / {self.question_id}: {self.earned}/{self.out_of}"


class ChosenOption(models.Model):
    """An option the answer to a single choice, multiple choice, true/false or
    self-assessment question chose in a submitted attempt, with whether the
    attempt's snapshot marks it right; written with the QuestionResult rows.
    ``choice`` points into the snapshot, like Answer.question."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="+")
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    choice = models.ForeignKey(Choice, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    correct = models.BooleanField()

    class Meta:
        verbose_name = _("chosen option")
        verbose_name_plural = _("chosen options")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question", "choice"], name="quizzes_chosen_option_once")
        ]
        indexes = [models.Index(fields=["quiz", "question", "choice"], name="quizzes_chosen_by_quiz")]

    def __str__(self):
        return f"{self.attempt_id} / {self.question_id}: {self.choice_id}"
