"""Staff statistics in the Wagtail admin, in a real browser: the dashboard
panels with their chart and table, a report with a chart drawn by Chart.js
(served from the site) beside its table, filtered, and downloaded as CSV and
XLSX from the keyboard. axe runs on both page types."""

import csv
import io
from pathlib import Path

import pytest

from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, StaffFactory
from tests.factories.modules import CourseIndexPageFactory
from tests.i18n import nb
from tests.insights.data import build_world

pytestmark = pytest.mark.django_db(transaction=True)


def _chart_drawn(page, chart_id: str) -> None:
    canvas = page.locator(f"canvas[data-chart='{chart_id}-data']")
    assert canvas.get_attribute("aria-hidden") == "true"
    page.wait_for_function(
        "(id) => { const c = document.querySelector(`canvas[data-chart='${id}-data']`);"
        " return c && c.dataset.drawn === 'true' && window.Chart && window.Chart.getChart(c); }",
        arg=chart_id,
    )


def test_staff_read_the_dashboard_and_a_report_and_download_it(page, login, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    world = build_world(home, CourseIndexPageFactory(parent=home), size=6)
    staff = StaffFactory()

    login(staff.email, PASSWORD)
    page.goto("/admin/")
    for heading in ("Enrolments and active learners", "Completions this month", "Cohorts under way"):
        assert page.get_by_role("heading", name=nb(heading)).is_visible()
    _chart_drawn(page, "chart-activity")
    assert page.get_by_role("table", name=nb("New enrolments and active learners per month")).is_visible()
    assert world["cohort"].title in page.locator("#insights-cohorts-content, #insights-cohorts").first.inner_text()
    assert_accessible(page)

    page.goto("/admin/reports/completion/?by=role")
    _chart_drawn(page, "chart-completion")
    table = page.get_by_role("table", name=nb("Completion by role and profession"))
    assert table.get_by_role("row").count() == 3  # the header and two roles
    assert_accessible(page)

    # The downloads from the keyboard: Wagtail's "Actions" menu in the header.
    more = page.locator("header").get_by_role("button", name=nb("Actions"))
    more.focus()
    page.keyboard.press("Enter")
    csv_link = page.get_by_role("link", name=nb("Download CSV"))
    csv_link.focus()
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.startswith("completion-")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == nb("Group") and len(rows) == 3

    more.focus()
    page.keyboard.press("Enter")
    page.get_by_role("link", name=nb("Download XLSX")).focus()
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert download_info.value.suggested_filename.endswith(".xlsx")
