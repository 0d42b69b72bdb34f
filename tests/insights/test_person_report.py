"""The report about one person: only with its own permission, and every
view written to the audit log."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from audit.models import AuditAction, AuditEvent
from modules.models import Enrolment
from tests.insights.conftest import grant, learners

pytestmark = pytest.mark.django_db


def test_the_person_report_needs_its_own_permission(client, analyst, course):
    client.force_login(analyst)  # may see statistics, not individuals
    response = client.get(reverse("insights_person"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert reverse("insights_person") not in client.get(reverse("insights_completion")).content.decode()
    assert not AuditEvent.objects.exists()


def test_viewing_and_downloading_a_person_is_audited(client, analyst, course):
    (person,) = learners(course, 1)
    grant(analyst, "view_person_reports")
    client.force_login(analyst)
    url = reverse("insights_person")
    empty = client.get(url)
    assert empty.status_code == 200 and empty.context["object_list"] == []
    assert not AuditEvent.objects.exists()  # nobody looked at anybody

    response = client.get(url, {"person": person.email.upper()})
    assert [row["course_title"] for row in response.context["object_list"]] == [course.title]
    client.get(url, {"person": person.email, "export": "csv"})
    events = list(AuditEvent.objects.order_by("pk"))
    assert [(event.action, event.actor, event.subject_user_id) for event in events] == [
        (AuditAction.REPORT_VIEWED_PERSON, analyst, person.pk),
        (AuditAction.REPORT_EXPORTED, analyst, person.pk),
        (AuditAction.REPORT_VIEWED_PERSON, analyst, person.pk),
    ]
    assert person.email not in str([event.details for event in events])

    client.get(url, {"person": "ingen@example.no"})
    assert AuditEvent.objects.count() == 3


def test_the_spreadsheets_give_times_in_local_time(client, analyst, course):
    """09:30 in Oslo is written 2026-11-02 09:30 in the CSV (to the minute, as
    the export jobs) and as 09:30 in the XLSX, never as UTC."""
    (person,) = learners(course, 1)
    Enrolment.objects.filter(user=person).update(
        enrolled_at=datetime.datetime(2026, 11, 2, 8, 30, 59, tzinfo=datetime.UTC)
    )
    grant(analyst, "view_person_reports")
    client.force_login(analyst)
    url = reverse("insights_person")
    content = b"".join(client.get(url, {"person": person.email, "export": "csv"}).streaming_content)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[1][1] == "2026-11-02 09:30"
    response = client.get(url, {"person": person.email, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet["B2"].value == datetime.datetime(2026, 11, 2, 9, 30, 59)
