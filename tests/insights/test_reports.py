"""The reports: numbers, filters, suppression of small groups on the page
and in the files, refusals, bad input."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import Role
from audit.models import AuditAction, AuditEvent
from insights import suppression
from modules.models import Enrolment
from tests.factories.accounts import AdminUserFactory
from tests.i18n import nb
from tests.insights.conftest import learners

pytestmark = pytest.mark.django_db


def _csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))


def _xlsx_rows(response) -> list[list]:
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_completion_by_role_counts_and_hides_small_groups_on_the_page_and_in_the_files(client, analyst, course):
    learners(course, 6, role=Role.PROFESSIONAL)
    learners(course, 2, role=Role.USER_REPRESENTATIVE)
    first_three = Enrolment.objects.filter(user__profile__role=Role.PROFESSIONAL).order_by("pk")[:3]
    Enrolment.objects.filter(pk__in=list(first_three.values_list("pk", flat=True))).update(
        completed_at="2026-11-02T10:00:00Z"
    )
    client.force_login(analyst)
    url = reverse("insights_completion")

    page = client.get(url)
    assert page.status_code == 200
    rows = {row["group"]: row for row in page.context["object_list"]}
    assert rows[Role.PROFESSIONAL]["learners"] == 6
    assert rows[Role.PROFESSIONAL]["completed"] == 3
    assert rows[Role.PROFESSIONAL]["rate"] == 50
    assert rows[Role.USER_REPRESENTATIVE]["learners"] is suppression.HIDDEN
    assert rows[Role.USER_REPRESENTATIVE]["completed"] is suppression.HIDDEN
    html = page.content.decode()
    assert "&lt;5" in html
    assert 'aria-hidden="true"' in html and "chart-completion-data" in html

    csv_rows = _csv_rows(client.get(url, {"export": "csv"}))
    assert csv_rows[0][0] == nb("Group")
    by_label = {row[0]: row for row in csv_rows[1:]}
    assert by_label[str(Role.PROFESSIONAL.label)][1:] == ["6", "6", "3", "3", "50.0"]
    assert by_label[str(Role.USER_REPRESENTATIVE.label)][1:] == ["<5"] * 5

    xlsx_rows = _xlsx_rows(client.get(url, {"export": "xlsx"}))
    by_label = {row[0]: row for row in xlsx_rows[1:]}
    assert by_label[str(Role.USER_REPRESENTATIVE.label)][1:] == ["<5"] * 5
    assert by_label[str(Role.PROFESSIONAL.label)][1] == 6


def test_the_minimum_group_size_is_a_setting(client, analyst, course, settings):
    learners(course, 2, role=Role.USER_REPRESENTATIVE)
    settings.REPORTS_MIN_GROUP_SIZE = 2
    client.force_login(analyst)
    rows = client.get(reverse("insights_completion")).context["object_list"]
    assert [row["learners"] for row in rows] == [2]


def test_completion_by_profession_with_filters(client, analyst, course):
    learners(course, 5, profession="Sykepleier", organisation="Bergen kommune, hjemmetjenesten")
    learners(course, 5, profession=" sykepleier ", organisation="Helse Bergen HF")
    learners(course, 5, profession="Fysioterapeut", organisation="Oslo kommune", municipality="0301")
    client.force_login(analyst)
    url = reverse("insights_completion")
    rows = client.get(url, {"by": "profession"}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [("Fysioterapeut", 5), ("Sykepleier", 10)]
    rows = client.get(url, {"by": "profession", "organisation": "kommune"}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [("Fysioterapeut", 5), ("Sykepleier", 5)]
    rows = client.get(url, {"by": "profession", "organisation": "bergen", "course": course.pk}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [("Sykepleier", 10)]
    rows = client.get(url, {"by": "profession", "municipality": "0301"}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [("Fysioterapeut", 5)]


def test_csv_cells_that_look_like_formulas_are_neutralised(client, analyst, course):
    learners(course, 5, profession="=HYPERLINK(1)")
    client.force_login(analyst)
    csv_rows = _csv_rows(client.get(reverse("insights_completion"), {"by": "profession", "export": "csv"}))
    assert csv_rows[1][0] == "'=HYPERLINK(1)"
    xlsx_rows = _xlsx_rows(client.get(reverse("insights_completion"), {"by": "profession", "export": "xlsx"}))
    assert xlsx_rows[1][0] == "=HYPERLINK(1)"  # a text cell: Wagtail turns formulas back into text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"period_from": "2026-06-01", "period_to": "2026-01-01"},
            "The period ends before it starts. Choose a “from” date on or before the “to” date.",
        ),
        ({"role": "dragon"}, None),
        ({"course": "999999"}, None),
        ({"period_from": "not a date"}, None),
        ({"by": "shoe size"}, None),
        ({"municipality": "9999"}, "Choose a municipality from the list."),
        ({"municipality": "Bergen"}, "Choose a municipality from the list."),
    ],
)
def test_bad_filters_give_a_norwegian_message_and_no_numbers(client, analyst, course, query, message):
    learners(course, 5)
    client.force_login(analyst)
    for export in ("", "csv"):
        response = client.get(reverse("insights_completion"), {**query, **({"export": export} if export else {})})
        assert response.status_code == 422
        assert response["Content-Type"].startswith("text/html")
        assert response.context["object_list"] == []
        html = response.content.decode()
        assert 'role="alert"' in html
        assert nb("These filters could not be used, so no numbers are shown:") in html
        if message:
            assert nb(message) in html
    # What the filter drawer fetches as one filters: Wagtail swaps it in only on a 2xx answer, so the message
    # comes with 200 and takes the place of the numbers shown before.
    results = client.get(reverse("insights_completion_results"), query)
    assert results.status_code == 200
    assert results.context["object_list"] == []
    html = results.content.decode()
    assert nb("These filters could not be used, so no numbers are shown:") in html and "<table" not in html
    if message:
        assert nb(message) in html


def test_reports_are_refused_without_the_permission(client, course):
    client.force_login(AdminUserFactory())
    for name in ("insights_completion", "insights_funnel"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("insights_completion") not in home
    assert "insights-activity" not in home


def test_the_funnel_follows_learners_through_the_modules(client, analyst, course):
    modules = list(course.get_children().specific())
    first, second = (list(module.get_children().specific()) for module in modules)
    learners(course, 5, lessons=first + second)
    learners(course, 5, lessons=first)
    learners(course, 5, lessons=first[:1])
    learners(course, 5)
    client.force_login(analyst)
    url = reverse("insights_funnel")
    response = client.get(url)
    assert response.context["object_list"] == []
    assert nb("Choose a course under Filter to see its funnel.") in response.content.decode()

    rows = client.get(url, {"course": course.pk}).context["object_list"]
    assert [row["learners"] for row in rows] == [20, 15, 10, 5, 5]
    assert [row["share"] for row in rows] == [100, 75, 50, 25, 25]


def test_the_funnel_hides_everything_for_a_small_course(client, analyst, course):
    learners(course, 4)
    client.force_login(analyst)
    response = client.get(reverse("insights_funnel"), {"course": course.pk})
    assert {row["learners"] for row in response.context["object_list"]} == {suppression.HIDDEN}
    assert response.context["summary"][0][1] is suppression.HIDDEN


def test_every_download_is_written_to_the_audit_log(client, analyst, course):
    learners(course, 5)
    client.force_login(analyst)
    url = reverse("insights_completion")
    client.get(url, {"by": "profession", "organisation": "Bergen"})
    assert not AuditEvent.objects.exists()  # looking at aggregates is not logged
    for export in ("csv", "xlsx"):
        client.get(url, {"by": "profession", "organisation": "Bergen", "export": export, "unknown": "x"})
    events = list(AuditEvent.objects.order_by("pk"))
    assert [(event.actor, event.action) for event in events] == [(analyst, AuditAction.REPORT_EXPORTED)] * 2
    assert events[0].details == {
        "report": "completion",
        "format": "csv",
        "filters": {"by": "profession", "organisation": "Bergen"},
    }
    client.get(url, {"role": "dragon", "export": "csv"})  # refused: no file, no event
    assert AuditEvent.objects.count() == 2
