""" "Mine kurs" reads the learner's enrolments and completions from their
cached record (modules.selectors.learner): an enrolment, a completion or
leaving a course shows on the next request, with the course visited last
first."""

import pytest
from django.urls import reverse

from modules import services
from tests.factories.modules import build_course

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("modules:dashboard")


def test_enrolments_completions_and_leaving_show_on_the_next_request(client, course_index, learner):
    first, first_built = build_course(course_index, modules=1, lessons=2)
    second, _second_built = build_course(course_index, modules=1, lessons=4)
    client.force_login(learner)
    assert first.title not in client.get(DASHBOARD).content.decode()

    services.course_enrol(user=learner, course=first)
    assert first.title in client.get(DASHBOARD).content.decode()
    services.lesson_mark_complete(user=learner, lesson_id=first_built[0][1][0].pk)
    assert "1 av 2 leksjoner fullført" in client.get(DASHBOARD).content.decode()

    services.course_enrol(user=learner, course=second)
    client.get(first_built[0][1][1].url)  # visited last
    content = client.get(DASHBOARD).content.decode()
    assert content.index(first.title) < content.index(second.title)

    services.course_unenrol(user=learner, course=first)
    content = client.get(DASHBOARD).content.decode()
    assert first.title not in content and second.title in content


def test_with_no_enrolments_the_page_links_to_the_course_catalogue(client, course_index, learner):
    client.force_login(learner)
    html = client.get(DASHBOARD).content.decode()
    assert f'href="{course_index.url}"' in html
