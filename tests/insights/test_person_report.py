"""The report about one person: only with its own permission, and every
view written to the audit log."""

import pytest
from django.urls import reverse

from audit.models import AuditAction, AuditEvent
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
