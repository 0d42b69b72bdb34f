"""Learner pages run a constant number of queries, whatever the course size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import build_course, publish

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8
# With the course structure, the lesson body and the learner's user,
# progress and certificates cached, the lesson, module and course pages ask
# the database nothing; nor does "Mine kurs", whose courses and sections
# (cohorts, teaching plans, stories, submissions to review) are rendered once
# per state of the learner (modules.learner_html).
CACHED_PAGE_QUERIES = {"lesson": 0, "module": 0, "course": 0, "dashboard": 0}


def _learner_page_queries(client, course_index, *, modules, lessons) -> dict[str, int]:
    """Queries per learner page for a new learner three lessons into a new
    course of ``modules`` × ``lessons``, its lessons published through
    revisions as editors do (the lesson body cache is keyed by the live
    revision)."""
    course, built = build_course(course_index, modules=modules, lessons=lessons)
    for _module, module_lessons in built:
        for lesson in module_lessons:
            publish(lesson)
    learner = UserFactory()
    services.course_enrol(user=learner, course=course)
    first_module, first_lessons = built[0]
    for lesson in first_lessons[:3]:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    client.force_login(learner)
    urls = {
        "lesson": first_lessons[3].url,
        "module": first_module.url,
        "course": course.url,
        "dashboard": reverse("modules:dashboard"),
        "course index": course_index.url,
    }
    for url in urls.values():  # the first visit after publishing fills the shared caches
        client.get(url)
    counts = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
    return counts


def test_learner_pages_run_as_many_queries_for_a_larger_course(client, course_index):
    small = _learner_page_queries(client, course_index, modules=1, lessons=4)
    larger = _learner_page_queries(client, course_index, modules=3, lessons=5)  # 4 and 15 lessons
    assert larger == small
    assert max(small.values()) <= MAX_QUERIES, small
    assert {name: small[name] for name in CACHED_PAGE_QUERIES} == CACHED_PAGE_QUERIES


def test_lesson_body_is_cached_per_revision(client, course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=1, publish_revisions=True)
    lesson = built[0][1][0]
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert "Hva er helsekompetanse?" in client.get(lesson.url).content.decode()
    lesson.body = [("heading", "Ny overskrift om mestring")]
    publish(lesson)
    content = client.get(lesson.url).content.decode()
    assert "Ny overskrift om mestring" in content and "Hva er helsekompetanse?" not in content
