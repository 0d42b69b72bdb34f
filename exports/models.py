"""An export job: one file of one dataset (exports.registry) with its
filters, made by a Celery worker for the staff member who asked, and
downloadable by them alone until it expires."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from elearning.submit import SubmitOnce, submit_once


class ExportFormat(models.TextChoices):
    CSV = "csv", _("CSV (comma-separated, UTF-8)")
    XLSX = "xlsx", _("Excel workbook (XLSX)")


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Ready to download")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class ExportJob(SubmitOnce):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="export_jobs"
    )
    dataset = models.CharField(_("dataset"), max_length=64)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    format = models.CharField(_("format"), max_length=8, choices=ExportFormat.choices, default=ExportFormat.CSV)
    # The owner's language when they asked: the file's headings and labels are in it.
    language = models.CharField(_("language"), max_length=16, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    rows_done = models.PositiveBigIntegerField(_("rows written"), default=0)
    rows_total = models.PositiveBigIntegerField(_("rows in all"), null=True, blank=True)
    file = models.FileField(_("file"), upload_to="exports/", max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    # The worker that runs the job holds it until claimed_until and renews the
    # claim as it writes; a worker that dies leaves a claim that runs out, and
    # the next delivery starts the job again (attempt + 1) from the first row.
    claimed_until = models.DateTimeField(null=True, blank=True)
    attempt = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(_("error"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "created_at"], name="exports_job_owner_created"),
            models.Index(fields=["status", "expires_at"], name="exports_job_status_expires"),
        ]
        constraints = [
            submit_once("owner", name="exports_job_submit_once"),
            models.CheckConstraint(condition=Q(status__in=ExportStatus.values), name="exports_job_status_valid"),
            models.CheckConstraint(condition=Q(format__in=ExportFormat.values), name="exports_job_format_valid"),
            models.CheckConstraint(
                condition=Q(rows_total__isnull=True) | Q(rows_done__lte=F("rows_total")),
                name="exports_job_rows_done_within_total",
            ),
            models.CheckConstraint(
                condition=~Q(status=ExportStatus.DONE) | (Q(expires_at__isnull=False) & ~Q(file="")),
                name="exports_job_done_has_file_and_expiry",
            ),
        ]

    def __str__(self):
        return f"{self.dataset} #{self.pk}"

    @property
    def percent(self) -> int:
        if self.status == ExportStatus.DONE:
            return 100
        if not self.rows_total:
            return 0
        return min(100, int(100 * self.rows_done / self.rows_total))

    @property
    def is_finished(self) -> bool:
        return self.status in (ExportStatus.DONE, ExportStatus.FAILED, ExportStatus.EXPIRED)

    def is_downloadable(self, now=None) -> bool:
        return self.status == ExportStatus.DONE and self.expires_at > (now or timezone.now())
