"""An export in a real browser: from the admin menu to the start page, the
progress page that htmx updates while a worker writes the file, the live
region that says it is ready, and the download. axe runs on every page."""

from pathlib import Path

import pytest

from elearning import outbox
from exports import services
from exports.models import ExportJob
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD
from tests.factories.exports import build_progress, exporter
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


def test_staff_start_an_export_watch_its_progress_and_download_it(page, login, settings, tmp_path, home, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORTS = {**settings.EXPORTS, "POLL_SECONDS": 1, "PROGRESS_EVERY": 5}
    # No worker picks the job up until the test says so (the outbox keeps it).
    monkeypatch.setattr(outbox, "kick", lambda message_id: None)
    course, _lessons, _learners = build_progress(home)
    staff = exporter()

    login(staff.email, PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name=nb("Export"), exact=True).click()
    page.wait_for_load_state()
    assert_accessible(page)

    page.get_by_role("link", name=nb("Lesson progress in a course")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_label(nb("Course")).select_option(str(course.pk))
    page.get_by_label(nb("Excel workbook (XLSX)")).check()
    page.get_by_label(nb("CSV (comma-separated, UTF-8)")).check()
    page.get_by_role("button", name=nb("Start the export")).click()
    page.wait_for_load_state()

    job = ExportJob.objects.get()
    status = page.locator("#export-status[role=status]")
    assert nb("The export is waiting to start.") in status.inner_text()
    assert page.locator("#export-progress[hx-trigger]").count() == 1
    assert_accessible(page)

    # The worker writes the file; the next poll shows it, and the live region says so once.
    assert services.job_run(job_id=job.pk)
    download_link = page.get_by_role("link", name=nb("Download the file"))
    download_link.wait_for()
    assert nb("The export is ready.") in status.inner_text()
    assert page.locator("#export-progress[hx-trigger]").count() == 0  # polling stopped
    assert "12" in page.locator("#export-progress-label").inner_text()
    assert_accessible(page)

    with page.expect_download() as download_info:
        download_link.click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    assert content.count("\n") == 13
