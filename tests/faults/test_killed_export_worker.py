"""An export job whose worker's pool child is killed with SIGKILL after it
wrote every row and before the file reached the storage: the job's claim runs
out, the outbox sweep delivers the job again, and the next run starts over
from the first row. One file, every row once, attempt 2."""

import os
import signal

import pytest
from django.core.files.storage import FileSystemStorage

from elearning import tasks as elearning_tasks
from elearning.models import OutboxMessage, OutboxStatus
from exports import services
from exports.models import ExportJob, ExportStatus
from tests.celery_worker import FAST_OUTBOX, Beat, start_worker, wait_until
from tests.factories.exports import build_progress, exporter

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DELIVER = "elearning.tasks.outbox_deliver"
SAVE = "django.core.files.storage.base:Storage.save"


@pytest.fixture
def worker(django_db_setup, tmp_path, monkeypatch):
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    env = {**FAST_OUTBOX, "EXPORTS_CLAIM_SECONDS": "2", "EXPORTS_PROGRESS_EVERY": "5"}
    with start_worker(tmp_path, prefork=True, pause_at=(SAVE,), env=env) as worker:
        monkeypatch.setattr(elearning_tasks.outbox_deliver, "delay", lambda pk: worker.send(DELIVER, args=[pk]))
        yield worker


def test_a_pool_child_killed_before_the_file_is_stored_leaves_one_complete_file(home, worker):
    course, _lessons, _learners = build_progress(home)
    worker.arm_pause(SAVE)
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )

    child = worker.paused_child()  # every row written to the spool file, the claim held
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.attempt) == (ExportStatus.RUNNING, 12, 1)
    os.kill(child, signal.SIGKILL)

    beat = Beat(worker)

    def done():
        assert worker.alive(), worker.output
        beat()
        job.refresh_from_db()
        return job.status == ExportStatus.DONE and not OutboxMessage.objects.exclude(status=OutboxStatus.DONE)

    wait_until(done, timeout=60, message=f"not done in 60 s:\n{worker.output}")
    assert f"pid:{child} exited with 'signal 9 (SIGKILL)'" in worker.output
    assert (job.attempt, job.rows_done) == (2, 12)
    storage = FileSystemStorage(location=worker.mail_dir.parent / "media")
    rows = storage.open(job.file.name).read().decode("utf-8-sig").splitlines()[1:]
    assert len(rows) == 12 and len(set(rows)) == 12
    _folders, files = storage.listdir("exports")
    assert len(files) == 1 and ExportJob.objects.count() == 1  # the killed run stored nothing
