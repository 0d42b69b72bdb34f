""" "Mine kurs" reads the learner's enrolments and completions from their
cached record (modules.selectors.learner): an enrolment, a completion or
leaving a course shows on the next request, with the course visited last
first. The page's body is cached per learner (modules.learner_html): a
module that opens, a title an editor publishes, another learner or
language never see a stale copy."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import build_course, publish

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("modules:dashboard")
NOT_OPEN = "Den neste modulen er ikke åpnet ennå."


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


def test_a_module_that_opens_shows_without_any_write(client, course_index, learner, monkeypatch):
    """The cached list of courses holds only until the next module opens."""
    opens = timezone.now() + datetime.timedelta(hours=2)
    course, _built = build_course(course_index, modules=1, lessons=2, module_kwargs={0: {"available_from": opens}})
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert NOT_OPEN in client.get(DASHBOARD).content.decode()
    assert NOT_OPEN in client.get(DASHBOARD).content.decode()  # from the cache
    later = opens + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    html = client.get(DASHBOARD).content.decode()
    assert NOT_OPEN not in html and reverse("modules:resume", args=[course.pk]) in html


def test_a_course_title_an_editor_publishes_shows_on_the_next_request(client, course_index, learner):
    course, _built = build_course(course_index, modules=1, lessons=1)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert course.title in client.get(DASHBOARD).content.decode()
    course.title = "Mestring i hverdagen, ny utgave"
    publish(course)
    assert "Mestring i hverdagen, ny utgave" in client.get(DASHBOARD).content.decode()


def test_each_learner_sees_their_own_courses_in_their_own_language(client, course_index, learner):
    course, _built = build_course(course_index, modules=1, lessons=1)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert "Start the course" not in client.get(DASHBOARD).content.decode()
    assert "Start the course" in client.get("/en" + DASHBOARD).content.decode()
    client.force_login(UserFactory())
    assert course.title not in client.get(DASHBOARD).content.decode()
