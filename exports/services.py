"""Export jobs: start, run, expire, erase.

Guarantees:

- ``job_start`` is atomic: the job row, its outbox entry (so the work is
  never lost while the broker is down) and the audit event are committed
  together or not at all. The filters are validated again by the dataset's
  form, whoever calls. A double submit of one form (its submit key) gives
  the first job back and logs nothing twice.
- ``job_run`` may be called any number of times, by any number of workers:
  a conditional UPDATE lets one of them claim the job (PENDING, or RUNNING
  with a claim that ran out because its worker died). The claim is renewed
  with every progress update; a run that lost it stops and throws its file
  away. A restarted run starts again from the first row into a new file, so
  the file never holds a row twice. The file is in the language the owner
  had when they asked (its headings, labels, Yes and No). The rows stream from the database into a
  local temporary file (constant memory) that is then saved to Django's
  default storage (S3 in production).
- Only the owner can download; a job is downloadable until ``expires_at``
  (``EXPORTS["EXPIRY_HOURS"]`` after it finished); ``jobs_expire`` (beat)
  marks expired jobs and deletes their files, safe to run twice.
"""

from __future__ import annotations

import datetime
import logging
import os
import tempfile

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from audit import services as audit
from audit.models import AuditAction
from elearning import outbox
from elearning.errors import UserError
from elearning.submit import create_once
from elearning.tokens import new_token
from exports import registry, writers
from exports.models import ExportFormat, ExportJob, ExportStatus

logger = logging.getLogger(__name__)


def _config(name: str):
    return settings.EXPORTS[name]


class JobBusy(Exception):
    """Another live worker holds the job; try again later."""


class ClaimLost(Exception):
    """This run's claim ran out and another run took the job over."""


def _validated_filters(dataset: registry.Dataset, filters: dict) -> dict:
    form = dataset.bind(filters)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        raise UserError(errors[0], code="bad_filters", field=None if field == "__all__" else field)
    return registry.form_filters(form)


@transaction.atomic
def job_start(*, user, dataset_key: str, filters: dict, format: str, submit_key: str | None = None) -> ExportJob:
    """Start an export of ``dataset_key`` for ``user`` (who must have the
    dataset's permission: PermissionDenied otherwise). Refuses an unknown
    dataset, a format other than CSV or XLSX and filters the dataset's form
    does not accept with a UserError."""
    dataset = registry.get(dataset_key)
    if dataset is None:
        raise UserError(_("There is no export called «%(key)s».") % {"key": dataset_key[:64]}, code="unknown_dataset")
    if not dataset.allowed(user):
        raise PermissionDenied
    if format not in ExportFormat.values:
        raise UserError(_("Choose CSV or Excel."), code="bad_format", field="format")
    clean = _validated_filters(dataset, filters)

    def create():
        return ExportJob.objects.create(
            owner=user,
            dataset=dataset.key,
            filters=clean,
            format=format,
            language=translation.get_language() or "",
            submit_key=submit_key,
        )

    job, created = create_once(ExportJob, owner={"owner": user}, submit_key=submit_key, create=create)
    if created:
        outbox.enqueue("exports.tasks.run_export", job.pk, key=f"exports.job:{job.pk}")
        audit.record(
            actor=user,
            action=AuditAction.EXPORT_STARTED,
            subject=job,
            details={"dataset": dataset.key, "format": format, "filters": clean},
        )
    return job


def _claim(job_id: int, now: datetime.datetime) -> bool:
    claim = now + datetime.timedelta(seconds=_config("CLAIM_SECONDS"))
    return bool(
        ExportJob.objects.filter(
            Q(status=ExportStatus.PENDING) | Q(status=ExportStatus.RUNNING, claimed_until__lt=now), pk=job_id
        ).update(
            status=ExportStatus.RUNNING,
            attempt=F("attempt") + 1,
            claimed_until=claim,
            started_at=now,
            rows_done=0,
            rows_total=None,
            error="",
        )
    )


def download_name(job: ExportJob) -> str:
    """The name the owner's browser saves the file as."""
    stamp = timezone.localtime(job.created_at).strftime("%Y-%m-%d")
    return f"{job.dataset.replace('_', '-')}-{stamp}.{job.format}"


def _file_name(job: ExportJob) -> str:
    # One flat folder (no folder per job left empty when a file is deleted); the
    # token keeps a name from being guessed where the storage serves files itself.
    name, extension = download_name(job).rsplit(".", 1)
    return f"exports/{name}-{new_token()}.{extension}"


def job_run(*, job_id: int) -> bool:
    """Run one export job to its file. Returns True when the job needs no
    more work (done now, done before, failed for good, expired), False when
    this run lost its claim. Raises JobBusy while another live worker holds
    it, and transient database errors after handing the job back. Must not
    run inside a transaction: the claim and the progress are committed as
    they happen, for the progress page to read."""
    now = timezone.now()
    if not _claim(job_id, now):
        status = ExportJob.objects.filter(pk=job_id).values_list("status", flat=True).first()
        if status == ExportStatus.RUNNING:
            raise JobBusy(job_id)
        return True
    job = ExportJob.objects.get(pk=job_id)
    mine = ExportJob.objects.filter(pk=job_id, status=ExportStatus.RUNNING, attempt=job.attempt)
    dataset = registry.get(job.dataset)
    if dataset is None:
        mine.update(status=ExportStatus.FAILED, error="unknown dataset", claimed_until=None, finished_at=now)
        return True

    def progress(rows: int) -> None:
        renewed = mine.update(
            rows_done=rows,
            rows_total=Greatest(F("rows_total"), rows),
            claimed_until=timezone.now() + datetime.timedelta(seconds=_config("CLAIM_SECONDS")),
        )
        if not renewed:
            raise ClaimLost(job_id)

    handle, path = tempfile.mkstemp(prefix=f"export-{job_id}-", suffix=f".{job.format}", dir=_config("SPOOL_DIR"))
    os.close(handle)
    try:
        mine.update(rows_total=dataset.count(job.filters))
        with translation.override(job.language or settings.LANGUAGE_CODE):
            rows = writers.WRITERS[job.format](
                path, dataset.headings, dataset.rows(job.filters), progress=progress, every=_config("PROGRESS_EVERY")
            )
        with open(path, "rb") as spooled:
            name = default_storage.save(_file_name(job), File(spooled))
        finished = timezone.now()
        done = mine.update(
            status=ExportStatus.DONE,
            file=name,
            rows_done=rows,
            rows_total=rows,
            finished_at=finished,
            expires_at=finished + datetime.timedelta(hours=_config("EXPIRY_HOURS")),
            claimed_until=None,
        )
        if not done:
            default_storage.delete(name)
            return False
        return True
    except ClaimLost:
        logger.warning("Export %s: the claim ran out and another run took over; this run stops", job_id)
        return False
    except (OperationalError, InterfaceError, OSError):
        mine.update(status=ExportStatus.PENDING, claimed_until=None)
        raise
    except Exception as error:  # a bug in a dataset or bad data: trying again would not help
        logger.exception("Export %s (%s) failed", job_id, job.dataset)
        mine.update(
            status=ExportStatus.FAILED, error=type(error).__name__[:200], claimed_until=None, finished_at=timezone.now()
        )
        return True
    finally:
        os.unlink(path)


def jobs_expire(*, now: datetime.datetime | None = None) -> int:
    """Beat: mark finished jobs past ``expires_at`` expired and delete their
    files. Returns how many jobs expired in this call."""
    now = now or timezone.now()
    expired = 0
    for job_id in ExportJob.objects.filter(status=ExportStatus.DONE, expires_at__lte=now).values_list("pk", flat=True):
        expired += ExportJob.objects.filter(pk=job_id, status=ExportStatus.DONE).update(status=ExportStatus.EXPIRED)
    # Also the files a crash left behind after the status changed.
    for job_id, name in (
        ExportJob.objects.filter(status=ExportStatus.EXPIRED).exclude(file="").values_list("pk", "file")
    ):
        default_storage.delete(name)
        ExportJob.objects.filter(pk=job_id).update(file="")
    return expired


@transaction.atomic
def record_download(*, user, job: ExportJob) -> None:
    """Log the owner's download of ``job`` in the audit log."""
    audit.record(
        actor=user,
        action=AuditAction.EXPORT_DOWNLOADED,
        subject=job,
        details={"dataset": job.dataset, "rows": job.rows_done},
    )


def user_jobs_erase(*, user) -> None:
    """Delete a person's export jobs and their files (account deletion)."""
    for name in ExportJob.objects.filter(owner=user).exclude(file="").values_list("file", flat=True):
        default_storage.delete(name)
    ExportJob.objects.filter(owner=user).delete()
