"""An export job from start to expiry: started through the outbox and logged,
run by a worker that streams rows into a file with progress, downloaded by
its owner alone, expired by the beat sweep; a worker that dies half-way."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from accounts.privacy import domain_erase
from accounts.selectors import user_data_export
from audit.models import AuditAction, AuditEvent
from elearning import outbox
from elearning.models import OutboxMessage, OutboxStatus
from exports import services
from exports.models import ExportJob, ExportStatus
from modules.models import LessonCompletion
from tests.factories.accounts import StaffFactory
from tests.factories.exports import exporter
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def _start(client, course, **extra):
    data = {"course": course.pk, "format": "csv", "submit_key": "k1", **extra}
    return client.post(reverse("exports_admin:start", args=["lesson_progress"]), data)


def _read_csv(job) -> list[list[str]]:
    with default_storage.open(job.file.name, "rb") as handle:
        text = handle.read().decode("utf-8")
    assert text.startswith("\ufeff")  # UTF-8 with a byte order mark, as the insights reports
    return list(csv.reader(io.StringIO(text[1:])))


def test_starting_an_export_writes_the_job_its_outbox_entry_and_the_audit_event(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    staff = exporter()
    client.force_login(staff)
    response = _start(client, course, from_date="2026-01-05")
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("exports_admin:job", args=[job.pk])
    assert (job.owner, job.dataset, job.status) == (staff, "lesson_progress", ExportStatus.PENDING)
    assert job.filters == {"course": course.pk, "from_date": "2026-01-05"}
    assert OutboxMessage.objects.get().handler == "exports.tasks.run_export"
    event = AuditEvent.objects.get()
    assert (event.actor, event.action, event.object_id) == (staff, AuditAction.EXPORT_STARTED, str(job.pk))
    assert event.details == {"dataset": "lesson_progress", "format": "csv", "filters": job.filters}

    # The same form sent twice (a double click) is one job and one event.
    assert _start(client, course, from_date="2026-01-05").status_code == 302
    assert ExportJob.objects.count() == 1 and AuditEvent.objects.count() == 1


def test_the_worker_streams_every_row_into_a_csv(client, course_with_progress):
    course, lessons, learners = course_with_progress
    LessonCompletion.objects.filter(lesson=lessons[0], user=learners[0]).update(source="=HYPERLINK(1)")
    client.force_login(exporter())
    _start(client, course)
    job = ExportJob.objects.get()

    assert outbox.deliver(OutboxMessage.objects.get().pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE and (job.rows_done, job.rows_total) == (12, 12)
    assert job.expires_at == job.finished_at + datetime.timedelta(hours=24)
    rows = _read_csv(job)
    assert rows[0] == [
        nb(c)
        for c in (
            "Learner id",
            "Role",
            "Profession",
            "Lesson id",
            "Lesson",
            "Completed",
            "How",
            "Organisation",
            "Municipality",
        )
    ]
    assert len(rows) == 13 and {int(r[0]) for r in rows[1:]} == {u.pk for u in learners}
    assert "'=HYPERLINK(1)" in [r[6] for r in rows[1:]]  # never a formula in Excel
    assert all(r[2] == "" for r in rows[1:]) and rows[1][5].startswith(str(timezone.localdate().year))


def test_progress_is_written_as_the_rows_go(course_with_progress, monkeypatch):
    course, _lessons, _learners = course_with_progress
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )
    seen = []
    real = services.writers.write_csv

    def spy(path, headings, rows, *, progress, every):
        def recording(n):
            progress(n)
            seen.append(ExportJob.objects.values_list("rows_done", "rows_total", "status").get(pk=job.pk))

        return real(path, headings, rows, progress=recording, every=every)

    monkeypatch.setitem(services.writers.WRITERS, "csv", spy)
    assert services.job_run(job_id=job.pk)
    assert seen[0] == (2, 12, ExportStatus.RUNNING) and seen[-1] == (12, 12, ExportStatus.RUNNING)
    assert len(seen) == 6


def test_an_xlsx_export_keeps_formula_text_as_text(course_with_progress):
    course, lessons, learners = course_with_progress
    LessonCompletion.objects.filter(lesson=lessons[0], user=learners[0]).update(source="=1+1")
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="xlsx"
    )
    assert services.job_run(job_id=job.pk)
    job.refresh_from_db()
    with default_storage.open(job.file.name, "rb") as handle:
        sheet = openpyxl.load_workbook(handle, read_only=True).active
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(values) == 13 and [r[6] for r in values[1:] if r[6] == "=1+1"] == ["=1+1"]
    assert isinstance(values[1][5], datetime.datetime)


def test_the_progress_page_polls_until_the_file_is_ready(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    staff = exporter()
    client.force_login(staff)
    _start(client, course)
    job = ExportJob.objects.get()
    url = reverse("exports_admin:job", args=[job.pk])

    page = client.get(url).content.decode()
    assert 'role="status"' in page and 'hx-trigger="every 2s"' in page and 'http-equiv="refresh"' in page
    assert nb("The export is waiting to start.") in page

    services.job_run(job_id=job.pk)
    partial = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "hx-trigger" not in partial and "<html" not in partial
    assert 'hx-swap-oob="innerHTML:#export-status"' in partial and nb("The export is ready.") in partial
    assert reverse("exports_admin:download", args=[job.pk]) in partial

    response = client.get(reverse("exports_admin:download", args=[job.pk]))
    assert response.status_code == 200
    stamp = timezone.localdate().isoformat()
    job.refresh_from_db()
    assert response["Content-Disposition"] == f'attachment; filename="lesson-progress-{stamp}.csv"'
    assert job.file.name.startswith(f"exports/lesson-progress-{stamp}-") and job.file.name.count("/") == 1
    assert b"".join(response.streaming_content).decode("utf-8-sig").count("\n") == 13
    download = AuditEvent.objects.get(action=AuditAction.EXPORT_DOWNLOADED)
    assert (download.actor, download.object_id, download.details["rows"]) == (staff, str(job.pk), 12)


def test_only_the_owner_sees_and_downloads_the_job(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )
    services.job_run(job_id=job.pk)
    client.force_login(StaffFactory())  # a superuser, but not the owner
    for name in ("job", "download"):
        response = client.get(reverse(f"exports_admin:{name}", args=[job.pk]))
        assert response.status_code == 404
        assert nb("This export does not exist, or it is not yours.") in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT_DOWNLOADED).exists()
    client.logout()
    response = client.get(reverse("exports_admin:download", args=[job.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_expired_export_loses_its_file_and_says_so(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    staff = exporter()
    job = services.job_start(user=staff, dataset_key="lesson_progress", filters={"course": course.pk}, format="csv")
    services.job_run(job_id=job.pk)
    job.refresh_from_db()
    name = job.file.name
    client.force_login(staff)

    # Past its time the link is refused even before the sweep has run.
    later = job.expires_at + datetime.timedelta(seconds=1)
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(reverse("exports_admin:download", args=[job.pk]))
    assert (
        response.status_code == 410
        and nb("This export has expired and its file is deleted. Start the export again.") in response.content.decode()
    )

    assert services.jobs_expire(now=later) == 1
    assert services.jobs_expire(now=later) == 0
    job.refresh_from_db()
    assert job.status == ExportStatus.EXPIRED and job.file.name == "" and not default_storage.exists(name)
    assert (
        nb("This export has expired and its file is deleted.")
        in client.get(reverse("exports_admin:job", args=[job.pk])).content.decode()
    )
    assert client.get(reverse("exports_admin:download", args=[job.pk])).status_code == 410


class WorkerKilled(BaseException):
    """Stands in for a worker process that dies: no except clause sees it."""


def test_a_worker_that_dies_half_way_is_replaced_and_the_file_has_every_row_once(course_with_progress, monkeypatch):
    course, _lessons, _learners = course_with_progress
    job = services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )
    message = OutboxMessage.objects.get()
    real = services.writers.write_csv

    def dies_after_four(path, headings, rows, *, progress, every):
        def then_dies(n):
            progress(n)
            if n >= 4:
                raise WorkerKilled

        return real(path, headings, rows, progress=then_dies, every=every)

    monkeypatch.setitem(services.writers.WRITERS, "csv", dies_after_four)
    with pytest.raises(WorkerKilled):
        outbox.deliver(message.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.RUNNING and job.rows_done == 4 and job.attempt == 1

    monkeypatch.undo()
    # While the dead worker's claim holds, a second delivery waits (the outbox tries again later).
    OutboxMessage.objects.filter(pk=message.pk).update(status=OutboxStatus.PENDING)
    assert not outbox.deliver(message.pk)
    assert OutboxMessage.objects.get(pk=message.pk).status == OutboxStatus.PENDING

    # When the claim has run out, the redelivery starts again from the first row.
    ExportJob.objects.filter(pk=job.pk).update(claimed_until=timezone.now() - datetime.timedelta(seconds=1))
    assert outbox.deliver(message.pk, now=timezone.now() + datetime.timedelta(hours=2))
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE and job.attempt == 2 and job.rows_done == 12
    rows = _read_csv(job)[1:]
    assert len(rows) == 12 and len({(r[0], r[3]) for r in rows}) == 12
    assert services.job_run(job_id=job.pk)  # a late duplicate delivery changes nothing
    job.refresh_from_db()
    assert job.attempt == 2


def test_my_data_lists_my_exports_and_erasure_deletes_them_with_their_files(course_with_progress):
    course, _lessons, _learners = course_with_progress
    staff = exporter()
    job = services.job_start(user=staff, dataset_key="lesson_progress", filters={"course": course.pk}, format="csv")
    services.job_run(job_id=job.pk)
    job.refresh_from_db()
    assert user_data_export(user=staff)["exports"]["jobs"][0]["dataset"] == "lesson_progress"
    domain_erase(staff)
    assert not ExportJob.objects.exists() and not default_storage.exists(job.file.name)
