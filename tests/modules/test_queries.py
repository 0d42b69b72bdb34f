"""Learner pages run a constant number of queries, whatever the course size."""

import pytest
from django.urls import reverse

from modules import services
from tests.factories.modules import build_course

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


@pytest.mark.parametrize(("modules", "lessons"), [(2, 5), (10, 10)])  # 10 and 100 lessons
def test_learner_pages_query_count(client, django_assert_max_num_queries, course_index, learner, modules, lessons):
    course, built = build_course(course_index, modules=modules, lessons=lessons)
    services.course_enrol(user=learner, course=course)
    first_module, first_lessons = built[0]
    for lesson in first_lessons[:3]:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    client.force_login(learner)
    lesson = first_lessons[3]
    urls = (lesson.url, first_module.url, course.url, reverse("modules:dashboard"), course_index.url)
    for url in urls:  # the first visit after publishing fills the shared caches
        client.get(url)
    for url in urls:
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(url)
        assert response.status_code == 200, url


def test_lesson_body_is_cached_per_revision(client, course_index, learner):
    from tests.factories.modules import publish

    course, built = build_course(course_index, modules=1, lessons=1)
    lesson = built[0][1][0]
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert "Hva er helsekompetanse?" in client.get(lesson.url).content.decode()
    lesson.body = [("heading", "Ny overskrift om mestring")]
    publish(lesson)
    content = client.get(lesson.url).content.decode()
    assert "Ny overskrift om mestring" in content and "Hva er helsekompetanse?" not in content
