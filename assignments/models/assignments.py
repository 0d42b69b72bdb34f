"""An assignment (praksisoppgave) in a cohort: the etterarbeid after a course
day, or the cohort's final plan. Its prompt is StreamField content; when it
is due and when it closes are columns, checked by the database."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from assignments.blocks import AssignmentPromptBlock

TITLE_MAX_LENGTH = 200


class AssignmentKind(models.TextChoices):
    PRACTICE = "practice", _("Practice assignment")
    FINAL_PLAN = "final_plan", _("Final plan")


class Visibility(models.TextChoices):
    LEADERS = "leaders", _("Only the leaders")
    GROUP = "group", _("The leaders and the local group")


def length_at_most(field: str, limit: int):
    return LessThanOrEqual(Length(field), limit)


class Assignment(models.Model):
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.CASCADE, related_name="assignments", verbose_name=_("cohort")
    )
    after_day = models.ForeignKey(
        "cohorts.CourseDay",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignments",
        verbose_name=_("after course day"),
        help_text=_("The course day this assignment follows (etterarbeid). It cannot be due before that day ends."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=AssignmentKind.choices, default=AssignmentKind.PRACTICE)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    prompt = StreamField(AssignmentPromptBlock(), verbose_name=_("assignment text"), blank=True)
    due_at = models.DateTimeField(_("due"))
    closes_at = models.DateTimeField(
        _("closes"),
        null=True,
        blank=True,
        help_text=_("After this time nothing more is accepted. Empty: late submissions are always accepted."),
    )
    visibility = models.CharField(
        _("who sees the submissions"), max_length=16, choices=Visibility.choices, default=Visibility.LEADERS
    )
    allow_comments = models.BooleanField(
        _("group members may comment"),
        default=False,
        help_text=_("Only when the local group sees the submissions."),
    )
    required = models.BooleanField(
        _("required for completion"), default=True, help_text=_("Must be approved before the course is completed.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    copied_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["cohort_id", "due_at", "sort_order", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=AssignmentKind.values), name="assignments_kind_valid"),
            models.CheckConstraint(
                condition=models.Q(visibility__in=Visibility.values), name="assignments_visibility_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(closes_at__isnull=True) | models.Q(closes_at__gte=models.F("due_at")),
                name="assignments_closes_after_due",
                violation_error_message=_("An assignment cannot close before it is due."),
            ),
            models.CheckConstraint(
                condition=models.Q(allow_comments=False) | models.Q(visibility=Visibility.GROUP),
                name="assignments_comments_only_for_group",
                violation_error_message=_("Comments are possible only when the local group sees the submissions."),
            ),
            models.CheckConstraint(
                condition=length_at_most("title", TITLE_MAX_LENGTH) & ~models.Q(title=""),
                name="assignments_title_length",
            ),
            models.UniqueConstraint(fields=["cohort", "copied_from"], name="assignments_copied_once"),
            models.UniqueConstraint(
                fields=["cohort"],
                condition=models.Q(kind=AssignmentKind.FINAL_PLAN),
                name="assignments_one_final_plan_per_cohort",
                violation_error_message=_("This cohort already has a final plan."),
            ),
        ]
        indexes = [models.Index(fields=["due_at"], name="assignments_due_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("assignments:assignment", args=[self.pk])

    @property
    def is_final_plan(self) -> bool:
        return self.kind == AssignmentKind.FINAL_PLAN

    def is_closed(self, now=None) -> bool:
        return self.closes_at is not None and (now or timezone.now()) >= self.closes_at

    def clean(self):
        super().clean()
        errors = {}
        if self.after_day_id and self.cohort_id and self.after_day.cohort_id != self.cohort_id:
            errors["after_day"] = _("The course day must belong to the same cohort.")
        elif self.after_day_id and self.due_at and self.due_at < self.after_day.ends_at:
            errors["due_at"] = _("The assignment cannot be due before the course day it follows has ended.")
        if self.closes_at and self.due_at and self.closes_at < self.due_at:
            errors["closes_at"] = _("An assignment cannot close before it is due.")
        if self.allow_comments and self.visibility != Visibility.GROUP:
            errors["allow_comments"] = _("Comments are possible only when the local group sees the submissions.")
        if errors:
            raise ValidationError(errors)
