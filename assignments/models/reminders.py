"""Reminders sent by the beat sweep, each at most once: the row is written
(unique) before the e-mail is queued, and marked when it was sent."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReminderKind(models.TextChoices):
    DUE = "due", _("Assignment due soon (to the participant)")
    WAITING = "waiting", _("Submission waiting for feedback (to the leader)")


class Reminder(models.Model):
    kind = models.CharField(_("kind"), max_length=16, choices=ReminderKind.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    assignment = models.ForeignKey("assignments.Assignment", on_delete=models.CASCADE, related_name="reminders")
    submission = models.ForeignKey(
        "assignments.Submission", on_delete=models.CASCADE, null=True, blank=True, related_name="reminders"
    )
    round = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    # When it was sent, or found no longer needed (submitted, decided).
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=ReminderKind.values), name="assignments_reminder_kind"),
            models.CheckConstraint(
                condition=models.Q(kind=ReminderKind.DUE, submission__isnull=True)
                | models.Q(kind=ReminderKind.WAITING, submission__isnull=False),
                name="assignments_reminder_submission_for_waiting",
            ),
            models.UniqueConstraint(
                fields=["user", "assignment"],
                condition=models.Q(kind=ReminderKind.DUE),
                name="assignments_reminder_due_once",
            ),
            models.UniqueConstraint(
                fields=["user", "submission", "round"],
                condition=models.Q(kind=ReminderKind.WAITING),
                name="assignments_reminder_waiting_once",
            ),
        ]
        indexes = [models.Index(fields=["user", "kind", "done_at"], name="assignments_reminder_user_idx")]

    def __str__(self):
        return f"{self.kind} → {self.user_id} ({self.assignment_id})"
