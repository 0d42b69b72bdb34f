"""Every cache of the learner pages shows a change on the next request: the
routes, view restrictions, course structure, lesson bodies and learning
paths this process keeps in memory (elearning.content_cache), and the
version another process starts (a publish in the admin runs elsewhere)."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from elearning import content_cache
from elearning.models import HomePage
from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course, publish
from tests.module_data import built_once, for_test

pytestmark = pytest.mark.django_db


@built_once
def _enrolled():
    """A learner enrolled in a course of 2 × 2 lessons published through revisions."""
    course_index = CourseIndexPageFactory(parent=HomePage.objects.get(depth=2))
    learner = UserFactory()
    course, built = build_course(course_index, modules=2, lessons=2, publish_revisions=True)
    services.course_enrol(user=learner, course=course)
    return learner, (course, built)


@pytest.fixture
def enrolled(client, _enrolled, db):
    learner, enrolled = for_test(_enrolled)
    client.force_login(learner)
    return enrolled


def test_a_renamed_lesson_shows_on_the_next_request_to_every_page(client, enrolled):
    course, built = enrolled
    module, (lesson, _other) = built[0]
    for page in (course, module, lesson):
        assert client.get(page.url).status_code == 200  # fills the caches
    lesson.title = "Mestring i hverdagen"
    publish(lesson)
    for page in (course, module, lesson):
        assert "Mestring i hverdagen" in client.get(page.url).content.decode(), page.url


def test_a_new_lesson_shows_in_its_module_and_can_be_opened(client, enrolled):
    _course, built = enrolled
    module = built[0][0]
    client.get(module.url)
    lesson = publish(LessonPageFactory(parent=module, title="Ny leksjon om teach-back"))
    assert "Ny leksjon om teach-back" in client.get(module.url).content.decode()
    assert client.get(lesson.url).status_code == 200


def test_an_unpublished_lesson_is_gone_on_the_next_request(client, enrolled):
    _course, built = enrolled
    lesson = built[1][1][0]
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_view_restriction_applies_on_the_next_request(client, enrolled):
    course, built = enrolled
    lesson = built[0][1][0]
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig")
    content = client.get(lesson.url).content.decode()
    assert 'name="password"' in content
    assert lesson.title not in content


def test_a_change_published_by_another_process_shows_on_the_next_request(client, enrolled):
    """Another process (the admin on another worker) starts a new version in
    the shared cache; this process's memory does not hear of it until its next request."""
    _course, built = enrolled
    lesson = built[0][1][0]
    assert client.get(lesson.url).status_code == 200
    # As another process would: the database changes and the shared version moves; no signal here.
    Page.objects.filter(pk=lesson.pk).update(title="Endret et annet sted")
    lesson.__class__.objects.filter(pk=lesson.pk).update(title="Endret et annet sted")
    cache.set(content_cache.VERSION_KEY, "a-version-from-another-process", None)
    assert "Endret et annet sted" in client.get(lesson.url).content.decode()


def test_the_version_is_read_once_per_request_and_a_bump_inside_it_is_seen(client, enrolled):
    course, _built = enrolled
    client.get(course.url)
    before = content_cache.version()
    content_cache.bump()
    assert content_cache.version() != before
