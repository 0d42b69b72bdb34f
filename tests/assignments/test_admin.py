import datetime

from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment
from tests.factories.accounts import StaffFactory
from tests.i18n import nb


def _post(world, due: datetime.datetime) -> dict:
    local = timezone.localtime(due)
    return {
        "cohort": str(world.cohort.pk),
        "after_day": str(world.days[1].pk),
        "kind": "practice",
        "title": "Praksisoppgave 2",
        "prompt-count": "0",
        "due_at": local.strftime("%Y-%m-%d %H:%M"),
        "closes_at": "",
        "visibility": "leaders",
        "required": "on",
        "sort_order": "0",
    }


def test_staff_create_an_assignment_in_the_admin(client, world):
    client.force_login(StaffFactory())
    add = reverse("wagtailsnippets_assignments_assignment:add")
    assert client.get(add).status_code == 200
    response = client.post(add, _post(world, world.days[1].ends_at + datetime.timedelta(days=5)))
    assert response.status_code == 302
    assert Assignment.objects.get(title="Praksisoppgave 2").after_day == world.days[1]


def test_an_assignment_due_before_its_day_is_refused_with_a_clear_message(client, world):
    client.force_login(StaffFactory())
    response = client.post(
        reverse("wagtailsnippets_assignments_assignment:add"),
        _post(world, world.days[1].starts_at - datetime.timedelta(days=1)),
    )
    assert response.status_code == 200
    assert not Assignment.objects.exists()
    assert nb("The assignment cannot be due before the course day it follows has ended.") in response.content.decode()
