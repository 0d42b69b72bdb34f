"""A learner's relational data: enrolments, lesson completions, reflection
answers, invitations. Course evaluations live in the evaluations app.

Progress rows point at the course's pages in the default locale (see
modules.services.canonical_page), so a learner who switches language keeps
their progress. Integrity lives in the database: one enrolment and one
completion per learner, one answer per reflection task.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from elearning.tokens import new_token

REFLECTION_MAX_LENGTH = 20_000


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Enrolled themselves")
    INVITATION = "invitation", _("Invitation link")
    STAFF = "staff", _("Added by staff")
    THEME_SESSION = "theme_session", _("Theme session attendance")
    QUIZ = "quiz", _("Quiz")
    COHORT = "cohort", _("Cohort participant")


class CompletionSource(models.TextChoices):
    """How a lesson came to be completed (``LessonCompletion.source``)."""

    OPENED = "opened", _("Opened the lesson")
    MARKED = "marked", _("Marked as completed")
    REFLECTION = "reflection", _("Answered every reflection task")
    QUIZ = "quiz", _("Passed the quiz")
    THEME_SESSION = "theme_session", _("Attended a theme session")


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "modules.CoursePage", on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("course")
    )
    source = models.CharField(_("source"), max_length=16, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "modules.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_visited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="modules_enrolment_unique")]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} – {self.course_id}"


class LessonCompletion(models.Model):
    """A lesson completed by a learner. Created once and never changed:
    ``completed_at`` is set once, and a second completion is a no-op.
    After account deletion the row survives with ``user`` NULL."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="lesson_completions"
    )
    lesson = models.ForeignKey("modules.LessonPage", on_delete=models.CASCADE, related_name="completions")
    course = models.ForeignKey("modules.CoursePage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)
    source = models.CharField(_("how"), max_length=16, choices=CompletionSource.choices)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="modules_lessoncompletion_unique")]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user} – {self.lesson_id}"


class ReflectionAnswer(models.Model):
    """A learner's private answer to one reflection task. Plain text (never
    rendered as HTML), editable, part of the data export, deleted with the
    account. Private unless the learner ticks "share with my group leader"
    (``shared_with_leaders``, off by default): then the leaders of their
    local group and the cohort's course leaders may read it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers")
    lesson = models.ForeignKey("modules.LessonPage", on_delete=models.CASCADE, related_name="reflection_answers")
    key = models.CharField(_("task"), max_length=80)
    text = models.TextField(_("your answer"), validators=[MaxLengthValidator(REFLECTION_MAX_LENGTH)])
    shared_with_leaders = models.BooleanField(_("shared with my group leader"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson", "key"], name="modules_reflectionanswer_unique")
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_id}/{self.key}"


class CourseInvitation(models.Model):
    """An invitation link to a (closed) course: whoever holds the
    unguessable token and has an account can enrol."""

    course = models.ForeignKey(
        "modules.CoursePage", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("course")
    )
    label = models.CharField(_("label"), max_length=200, help_text=_("For your own overview, e.g. 'Autumn 2026'."))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("invitation link")
        verbose_name_plural = _("invitation links")

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("modules:invitation", args=[self.token])
