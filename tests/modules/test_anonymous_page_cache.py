"""An anonymous visitor's lesson in a course open for reading is rendered
once per content version (elearning.page_cache): a published change shows on
the next request, each visitor gets their own CSRF token, and the gate,
signed-in learners and visitors with a session are served as before."""

import re

import pytest
from django.test import Client

from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course, publish
from tests.i18n import nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_course(home):
    course, built = build_course(
        CourseIndexPageFactory(parent=home), modules=1, lessons=2, publish_revisions=True, open_reading=True
    )
    return course, built[0][1][0]


def _token(html: str) -> str:
    return re.search(r'"X-CSRFToken": "([^"]+)"', html).group(1)


def test_a_published_change_shows_to_the_next_anonymous_visitor(client, open_course):
    _course, lesson = open_course
    assert lesson.title in client.get(lesson.url).content.decode()  # renders and keeps the page
    lesson.title = "Mestring for alle"
    lesson.body = [("heading", "Ny overskrift for lesere")]
    publish(lesson)
    html = Client().get(lesson.url).content.decode()
    assert "Mestring for alle" in html and "Ny overskrift for lesere" in html


def test_every_anonymous_visitor_gets_a_token_of_their_own(open_course):
    _course, lesson = open_course
    first, second = Client(), Client()
    tokens = []
    for visitor in (first, second):
        response = visitor.get(lesson.url)
        assert response.status_code == 200 and "csrftoken" in response.cookies
        tokens.append(_token(response.content.decode()))
    assert tokens[0] != tokens[1]
    assert "elearningfragmentcsrfhole" not in second.get(lesson.url).content.decode()


def test_the_gate_still_decides_when_the_course_closes_for_reading(client, open_course):
    course, lesson = open_course
    assert client.get(lesson.url).status_code == 200
    course.open_reading = False
    publish(course)
    response = Client().get(lesson.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_signed_in_learner_gets_their_own_page_after_an_anonymous_visitor(client, open_course):
    course, lesson = open_course
    Client().get(lesson.url)
    learner = UserFactory()
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert nb("Mark as completed") in html
    assert (
        nb("Log in and enrol in the course to save your progress, answer the reflection tasks and take the quizzes.")
        not in html
    )
