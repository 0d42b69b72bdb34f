"""The audit log: who did what to whose data, and when.

One row per event that staff must be able to account for afterwards: an
export started or downloaded, a report about one person opened. Rows are
written only by ``audit.services.record`` and never changed; the admin view
reads them. A row holds ids and a small JSON of facts (the filters of an
export, the report's name), never free personal text, so it says no more
about anyone than the ids already do.

``action`` is a plain string, validated against ``AuditAction`` by the
service, so an app can add an action without a migration.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    """Every action the log knows. Add a member here to log a new kind of event."""

    EXPORT_STARTED = "export_started", _("Export started")
    EXPORT_DOWNLOADED = "export_downloaded", _("Export downloaded")
    REPORT_EXPORTED = "report_exported", _("Report downloaded as a spreadsheet")
    REPORT_VIEWED_PERSON = "report_viewed_person", _("Report about one person viewed")
    PERSON_VIEWED_BY_LEADER = "person_viewed_by_leader", _("Participant's progress viewed by a leader")
    AUDIT_LOG_EXPORTED = "audit_log_exported", _("Audit log downloaded")


class AuditEvent(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    # SET_NULL: after an account is erased its rows still say what was done.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=64)
    subject_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("about the person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["action", "at"], name="audit_action_at"),
            models.Index(fields=["actor", "at"], name="audit_actor_at"),
            models.Index(fields=["subject_user", "at"], name="audit_subject_at"),
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(action=""), name="audit_action_not_empty"),
            models.CheckConstraint(
                condition=models.Q(object_type__isnull=True) | models.Q(object_id__gt=""),
                name="audit_object_type_has_id",
            ),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action_label}"

    @property
    def details_text(self) -> str:
        """The details for a table cell: "key: value; key: value", a list as
        "a, b" and a nested mapping (the filters of an export) as "name=value,
        name=value", never Python's notation."""

        def text(value) -> str:
            if isinstance(value, list):
                return ", ".join(map(text, value))
            if isinstance(value, dict):
                return ", ".join(f"{name}={text(inner)}" for name, inner in sorted(value.items()))
            return str(value)

        return "; ".join(f"{key}: {text(value)}" for key, value in sorted(self.details.items()))

    @property
    def action_label(self) -> str:
        try:
            return str(AuditAction(self.action).label)
        except ValueError:
            return self.action
