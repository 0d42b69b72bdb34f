"""Course evaluations (kursevaluering): forms staff set up per course, and
the answers participants give after a course day, at the end of the course
and in the follow-up about three months later.

Integrity lives in the database: one form of each kind per course, one
response per person per form and course day (or cohort, or self-paced
course), one answer per question, Likert values from 1 to 5. Answers
survive account deletion without the person (user set to NULL)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

LIKERT_MIN = 1
LIKERT_MAX = 5
TEXT_MAX_LENGTH = 5000


class FormKind(models.TextChoices):
    COURSE_DAY = "course_day", _("After each course day")
    COURSE_END = "course_end", _("At the end of the course")
    FOLLOW_UP = "follow_up", _("Follow-up about three months later")


class QuestionKind(models.TextChoices):
    LIKERT = "likert", _("Statement with a scale from 1 to 5")
    TEXT = "text", _("Free text")


class EvaluationForm(ClusterableModel):
    """The questions asked at one point of a course. One form of each kind
    per course; the course-day form is asked after every day of a cohort."""

    course = models.ForeignKey(
        "modules.CoursePage", on_delete=models.CASCADE, related_name="evaluation_forms", verbose_name=_("course")
    )
    kind = models.CharField(_("when"), max_length=16, choices=FormKind.choices, default=FormKind.COURSE_DAY)
    title = models.CharField(_("title"), max_length=200, help_text=_("Shown to participants as the heading."))
    intro = models.TextField(
        _("introduction"), blank=True, max_length=2000, help_text=_("A few words shown above the questions.")
    )
    required_for_completion = models.BooleanField(
        _("required for completion"),
        default=False,
        help_text=_("End of a cohort course only: participants must answer the form to complete the course."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("course"), FieldPanel("kind")]),
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("required_for_completion"),
        InlinePanel(
            "questions",
            heading=_("Questions"),
            label=_("Question"),
            min_num=1,
            help_text=_(
                "Statements are answered on a scale from 1 (strongly disagree) to 5 (strongly agree). "
                "A question that has answers cannot be deleted."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("evaluation form")
        verbose_name_plural = _("evaluation forms")
        ordering = ["course_id", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["course", "kind"], name="evaluations_form_one_per_kind"),
            models.CheckConstraint(condition=Q(kind__in=FormKind.values), name="evaluations_form_kind_valid"),
        ]

    def __str__(self):
        return self.title


class EvaluationQuestion(Orderable):
    form = ParentalKey(EvaluationForm, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("type"), max_length=16, choices=QuestionKind.choices, default=QuestionKind.LIKERT)
    text = models.CharField(_("question or statement"), max_length=500)
    required = models.BooleanField(_("required"), default=False)
    low_label = models.CharField(
        _("meaning of 1"), max_length=60, blank=True, help_text=_("Statements only. Empty: “Strongly disagree”.")
    )
    high_label = models.CharField(
        _("meaning of 5"), max_length=60, blank=True, help_text=_("Statements only. Empty: “Strongly agree”.")
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("low_label"), FieldPanel("high_label")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("evaluation question")
        verbose_name_plural = _("evaluation questions")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=QuestionKind.values), name="evaluations_question_kind_valid"),
        ]

    def __str__(self):
        return self.text

    @property
    def is_likert(self) -> bool:
        return self.kind == QuestionKind.LIKERT


class EvaluationResponse(models.Model):
    """One person's answers to one form: for a course day, for a cohort (end
    of course, follow-up), or for a self-paced course (no cohort)."""

    form = models.ForeignKey(EvaluationForm, on_delete=models.PROTECT, related_name="responses")
    cohort = models.ForeignKey(
        "cohorts.Cohort", null=True, blank=True, on_delete=models.CASCADE, related_name="evaluation_responses"
    )
    day = models.ForeignKey(
        "cohorts.CourseDay", null=True, blank=True, on_delete=models.CASCADE, related_name="evaluation_responses"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evaluation_responses",
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("evaluation response")
        verbose_name_plural = _("evaluation responses")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["form", "day", "user"],
                condition=Q(day__isnull=False),
                name="evaluations_response_once_per_day",
            ),
            models.UniqueConstraint(
                fields=["form", "cohort", "user"],
                condition=Q(day__isnull=True, cohort__isnull=False),
                name="evaluations_response_once_per_cohort",
            ),
            models.UniqueConstraint(
                fields=["form", "user"],
                condition=Q(day__isnull=True, cohort__isnull=True),
                name="evaluations_response_once_per_course",
            ),
            models.CheckConstraint(
                condition=Q(day__isnull=True) | Q(cohort__isnull=False), name="evaluations_response_day_in_cohort"
            ),
        ]
        indexes = [models.Index(fields=["cohort", "form"])]

    def __str__(self):
        return f"{self.form_id}/{self.cohort_id}/{self.day_id}: {self.submitted_at:%Y-%m-%d}"


class EvaluationAnswer(models.Model):
    response = models.ForeignKey(EvaluationResponse, on_delete=models.CASCADE, related_name="answers")
    # PROTECT: results are not lost by editing a form; the admin form says so.
    question = models.ForeignKey(EvaluationQuestion, on_delete=models.PROTECT, related_name="answers")
    likert = models.PositiveSmallIntegerField(_("value"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True, max_length=TEXT_MAX_LENGTH)

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="evaluations_answer_once"),
            models.CheckConstraint(
                condition=Q(likert__isnull=True) | Q(likert__gte=LIKERT_MIN, likert__lte=LIKERT_MAX),
                name="evaluations_answer_likert_1_5",
            ),
        ]

    def __str__(self):
        return f"{self.question_id}: {self.likert if self.likert is not None else self.text[:40]}"


class FollowUpInvitation(models.Model):
    """The follow-up questionnaire's e-mail to one participant of one cohort:
    the row is claimed by the beat (unique), the e-mail job records when it
    was sent, so each person gets it at most once."""

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="evaluation_follow_ups")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up invitation")
        verbose_name_plural = _("follow-up invitations")
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="evaluations_follow_up_once")]

    def __str__(self):
        return f"{self.cohort_id}/{self.user_id}"
