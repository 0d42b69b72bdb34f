"""Reading before enrolling (issue 16, item 10): a course open for reading
lets anyone read its lessons, while progress, reflections and quizzes need an
account and enrolment; editors and reviewers always read what they publish."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.accounts import AdminUserFactory, UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)
    return course, built[0][1][0]


def test_a_closed_course_sends_visitors_to_log_in(client, course):
    _course, lesson = course
    response = client.get(lesson.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_open_course_can_be_read_without_an_account(client, course):
    course, lesson = course
    course.open_reading = True
    course.save()
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert lesson.title in html
    assert nb("Mark as completed") not in html
    assert (
        nb("Log in and enrol in the course to save your progress, answer the reflection tasks and take the quizzes.")
        in html
    )


def test_a_signed_in_learner_reads_an_open_course_before_enrolling(client, course):
    course, lesson = course
    course.open_reading = True
    course.save()
    client.force_login(UserFactory())
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert nb("Enrol in the course to save your progress, answer the reflection tasks and take the quizzes.") in (
        response.content.decode()
    )


def test_editors_read_lessons_of_a_closed_course_without_enrolling(client, course):
    _course, lesson = course
    client.force_login(AdminUserFactory())
    assert client.get(lesson.url).status_code == 200


def test_a_learner_who_is_not_staff_is_still_sent_to_enrol(client, course):
    course, lesson = course
    client.force_login(UserFactory())
    response = client.get(lesson.url)
    assert response.status_code == 302 and response["Location"] == course.url


def test_what_the_gate_decides_for_visitors_changes_with_the_course_and_the_clock(client, course, monkeypatch):
    """The gate's answer to visitors who are not signed in is kept per content
    version (selectors.anonymous_lesson_access): opening the course, closing
    it, deleting the lesson and a module that opens show on the next request."""
    course, lesson = course
    assert client.get(lesson.url).status_code == 302
    assert client.get(lesson.url).status_code == 302  # from the cache
    course.open_reading = True
    course.save()
    assert client.get(lesson.url).status_code == 200
    module = lesson.get_parent().specific
    opens = timezone.now() + datetime.timedelta(hours=2)
    module.available_from = opens
    module.save()
    assert client.get(lesson.url).status_code == 403
    assert client.get(lesson.url).status_code == 403  # from the cache
    later = opens + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(lesson.url).status_code == 200
    course.open_reading = False
    course.save()
    assert client.get(lesson.url).status_code == 302
    lesson.delete()
    assert client.get(lesson.url).status_code == 404
