"""A participant's submission to an assignment, its files, the leaders'
feedback, the group's comments and, for the final plan, the rubric.

The state machine lives in the database: ``status`` is one of five values
(a CheckConstraint), a submitted row has its time, and every transition is a
conditional UPDATE on the status it comes from and the version the actor saw
(``assignments.services``), so two leaders deciding at once, or a learner
revising while a leader writes, never overwrite each other silently."""

import os

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assignments.models.assignments import length_at_most
from elearning.locking import Versioned
from elearning.submit import SubmitOnce, submit_once
from elearning.tokens import new_token

TEXT_MAX_LENGTH = 20_000
FEEDBACK_MAX_LENGTH = 10_000
COMMENT_MAX_LENGTH = 3_000
# The database's ceiling for one file; ASSIGNMENTS["MAX_FILE_MB"] may set a lower limit.
FILE_MAX_BYTES = 25 * 1024 * 1024


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    FEEDBACK_GIVEN = "feedback_given", _("Feedback given")
    REVISION_REQUESTED = "revision_requested", _("Revision requested")
    APPROVED = "approved", _("Approved")


# The learner may change the text and files in these states (not while a
# leader has it, and not after approval).
EDITABLE_STATUSES = (SubmissionStatus.DRAFT, SubmissionStatus.FEEDBACK_GIVEN, SubmissionStatus.REVISION_REQUESTED)
# A leader has something to read.
WAITING_STATUSES = (SubmissionStatus.SUBMITTED,)


class Decision(models.TextChoices):
    FEEDBACK = "feedback", _("Feedback only")
    REVISION = "revision", _("Ask for a revision")
    APPROVE = "approve", _("Approve")


class RubricCriterion(models.TextChoices):
    """The didaktisk relasjonsmodell's six elements, and how user experience
    is built in. The first six share their keys with the sections of the
    co-teaching plan (coteaching.models.SectionKey)."""

    TARGET_GROUP = "target_group", _("Target group and participants' preconditions")
    FRAMEWORK = "framework", _("Framework")
    GOALS = "goals", _("Goals")
    CONTENT = "content", _("Content")
    METHODS = "methods", _("Methods and learning activities")
    EVALUATION = "evaluation", _("Evaluation")
    USER_EXPERIENCE = "user_experience", _("How user experience is built in")


class RubricLevel(models.IntegerChoices):
    NOT_YET = 1, _("Not yet met")
    MET = 2, _("Met")
    WELL_MET = 3, _("Well met")


class Submission(Versioned):
    assignment = models.ForeignKey(
        "assignments.Assignment", on_delete=models.CASCADE, related_name="submissions", verbose_name=_("assignment")
    )
    participant = models.ForeignKey(
        "cohorts.Participant",
        on_delete=models.CASCADE,
        related_name="submissions",
        verbose_name=_("participant"),
        help_text=_("For a final plan: the participant who submitted it for the team."),
    )
    team = models.ForeignKey(
        "coteaching.Team", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("team")
    )
    plan = models.ForeignKey(
        "coteaching.TeachingPlan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submissions",
        verbose_name=_("teaching plan"),
    )
    status = models.CharField(
        _("status"), max_length=24, choices=SubmissionStatus.choices, default=SubmissionStatus.DRAFT
    )
    text = models.TextField(_("text"), blank=True)
    round = models.PositiveSmallIntegerField(_("times submitted"), default=0)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    is_late = models.BooleanField(_("late"), default=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["assignment_id", "submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "participant"], name="assignments_submission_unique"),
            models.UniqueConstraint(
                fields=["assignment", "team"],
                condition=models.Q(team__isnull=False),
                name="assignments_submission_one_per_team",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=SubmissionStatus.values), name="assignments_submission_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status=SubmissionStatus.DRAFT) | models.Q(submitted_at__isnull=False, round__gte=1),
                name="assignments_submission_submitted_has_time",
            ),
            models.CheckConstraint(
                condition=models.Q(is_late=False) | models.Q(submitted_at__isnull=False),
                name="assignments_submission_late_only_if_submitted",
            ),
            models.CheckConstraint(
                condition=models.Q(plan__isnull=True) | models.Q(team__isnull=False),
                name="assignments_submission_plan_needs_team",
            ),
            models.CheckConstraint(
                condition=length_at_most("text", TEXT_MAX_LENGTH), name="assignments_submission_text_length"
            ),
        ]
        indexes = [models.Index(fields=["status", "submitted_at"], name="assignments_sub_waiting_idx")]

    def __str__(self):
        return f"{self.assignment} – {self.participant_id}"

    def get_absolute_url(self) -> str:
        return reverse("assignments:submission", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def is_waiting(self) -> bool:
        return self.status in WAITING_STATUSES


# Every stored submission file lives under this folder of the media storage
# (assignments.services.storage sweeps it for files no row names).
UPLOAD_ROOT = "assignments"


def submission_upload_to(instance: "SubmissionFile", filename: str) -> str:
    # The stored name is random: the person's file name may say who they are
    # (and is kept in original_name, shown only to those who may see the file).
    extension = os.path.splitext(filename)[1].lower()[:10]
    return f"{UPLOAD_ROOT}/{timezone.now():%Y/%m}/{new_token()}{extension}"


class SubmissionFile(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to=submission_upload_to, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["uploaded_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(size__gte=1, size__lte=FILE_MAX_BYTES), name="assignments_file_size_range"
            ),
        ]

    def __str__(self):
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("assignments:file", args=[self.submission_id, self.pk])


class Feedback(models.Model):
    """A leader's written feedback on one round of a submission, with the
    decision it came with. Feedback is added, never edited in place: a second
    leader's feedback is a second row, shown beside the first."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(_("feedback"))
    decision = models.CharField(_("decision"), max_length=16, choices=Decision.choices, default=Decision.FEEDBACK)
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(decision__in=Decision.values), name="assignments_feedback_decision_valid"
            ),
            models.CheckConstraint(
                condition=length_at_most("text", FEEDBACK_MAX_LENGTH), name="assignments_feedback_text_length"
            ),
        ]

    def __str__(self):
        return f"{self.submission_id}: {self.get_decision_display()}"


class Comment(SubmitOnce):
    """A group member's comment on a submission the group may see; the
    comment form's one-time key makes a double submit one comment."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=length_at_most("text", COMMENT_MAX_LENGTH) & ~models.Q(text=""),
                name="assignments_comment_text_length",
            ),
            submit_once("author", name="assignments_comment_submit_once"),
        ]

    def __str__(self):
        return f"{self.submission_id}: {self.created_at:%Y-%m-%d}"


class RubricScore(models.Model):
    """A course leader's assessment of a final plan on one criterion. Written
    with the decision, under the submission's version check."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="rubric_scores")
    criterion = models.CharField(_("criterion"), max_length=32, choices=RubricCriterion.choices)
    level = models.PositiveSmallIntegerField(_("level"), choices=RubricLevel.choices)
    feedback = models.TextField(_("feedback"), blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("rubric score")
        verbose_name_plural = _("rubric scores")
        constraints = [
            models.UniqueConstraint(fields=["submission", "criterion"], name="assignments_rubric_unique"),
            models.CheckConstraint(
                condition=models.Q(criterion__in=RubricCriterion.values), name="assignments_rubric_criterion_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(level__in=RubricLevel.values), name="assignments_rubric_level_valid"
            ),
            models.CheckConstraint(
                condition=length_at_most("feedback", FEEDBACK_MAX_LENGTH), name="assignments_rubric_feedback_length"
            ),
        ]

    def __str__(self):
        return f"{self.submission_id}: {self.criterion} = {self.level}"
