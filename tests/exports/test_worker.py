"""An export through a real Celery worker process: its delivery sent twice
(a redelivery, a second sweep), the file is written once, by one claim."""

import pytest
from django.core.files.storage import FileSystemStorage

from elearning import outbox
from elearning.models import OutboxMessage
from exports import services
from exports.models import ExportJob, ExportStatus
from tests.factories.exports import build_progress, exporter


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_writes_the_export_once(home, celery_worker, monkeypatch):
    monkeypatch.setattr(outbox, "kick", lambda message_id: None)  # the worker gets it, not this process
    course, _lessons, _learners = build_progress(home)
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )
    message = OutboxMessage.objects.get(key=f"exports.job:{job.pk}")

    task = "elearning.tasks.outbox_deliver"
    mark = celery_worker.mark()
    celery_worker.send(task, args=[message.pk], times=2)
    celery_worker.wait_until(lambda: celery_worker.succeeded(task, since=mark) == 2)
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.attempt) == (ExportStatus.DONE, 12, 1), celery_worker.output
    # The worker keeps its media beside its mail folder (tests/celery_worker.py), not in this test's settings.
    storage = FileSystemStorage(location=celery_worker.mail_dir.parent / "media")
    assert storage.open(job.file.name).read().decode("utf-8-sig").count("\n") == 13
    assert ExportJob.objects.count() == 1
