"""A signed-in learner's cached user and progress (elearning.user_cache,
modules.selectors.learner) show every change on the next request: a
completion, an enrolment ended, the lesson to resume, a new role, an
account turned off, and a change another process made."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from elearning import user_cache
from modules import services
from modules.models import Certificate, LessonCompletion
from tests.factories.modules import LessonPageFactory, build_course, publish

pytestmark = pytest.mark.django_db

DONE = "Du har fullført denne leksjonen."


@pytest.fixture
def enrolled(client, course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=3, publish_revisions=True)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    return course, built[0][0], built[0][1]


def test_a_lesson_marked_complete_shows_on_the_next_request(client, enrolled):
    course, module, lessons = enrolled
    for url in (lessons[0].url, module.url, course.url):
        assert client.get(url).status_code == 200  # fills the caches
    assert DONE not in client.get(lessons[0].url).content.decode()
    client.post(reverse("modules:mark_complete", args=[lessons[0].pk]))
    assert DONE in client.get(lessons[0].url).content.decode()
    assert "1 av 3 leksjoner fullført" in client.get(module.url).content.decode()


def test_a_completion_from_another_app_shows_on_the_next_request(client, enrolled, learner):
    _course, module, lessons = enrolled
    client.get(lessons[1].url)
    services.lessons_credit(user=learner, lesson_ids=[lessons[1].pk], source="theme_session")
    assert DONE in client.get(lessons[1].url).content.decode()


def test_a_completion_deleted_by_staff_is_gone_on_the_next_request(client, enrolled, learner):
    _course, _module, lessons = enrolled
    services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk)
    assert DONE in client.get(lessons[0].url).content.decode()
    LessonCompletion.objects.get(user=learner, lesson=lessons[0]).delete()
    assert DONE not in client.get(lessons[0].url).content.decode()


def test_leaving_the_course_closes_its_lessons_on_the_next_request(client, enrolled):
    course, _module, lessons = enrolled
    assert client.get(lessons[0].url).status_code == 200
    client.post(reverse("modules:unenrol", args=[course.pk]))
    response = client.get(lessons[0].url)
    assert response.status_code == 302 and response.url == course.url


def test_the_lesson_to_resume_follows_the_last_visit(client, enrolled):
    # Recording the visit is a queryset update, which sends no signal: the service starts the new version itself.
    course, _module, lessons = enrolled
    client.get(lessons[0].url)
    assert f"Neste: {lessons[0].title}" in client.get(course.url).content.decode()
    client.get(lessons[2].url)
    assert f"Neste: {lessons[2].title}" in client.get(course.url).content.decode()


def test_a_new_role_shows_its_audience_sections_on_the_next_request(client, enrolled, learner):
    _course, module, _lessons = enrolled
    lesson = publish(
        LessonPageFactory(
            parent=module,
            body=[
                (
                    "audience_section",
                    {"audience": "professional", "title": "Til deg som fagperson", "text": "<p>A</p>"},
                ),
                (
                    "audience_section",
                    {"audience": "user_representative", "title": "Til deg som brukerrepresentant", "text": "<p>B</p>"},
                ),
            ],
        )
    )
    assert "Til deg som fagperson" in client.get(lesson.url).content.decode()
    learner.profile.role = "user_representative"
    learner.profile.save()
    content = client.get(lesson.url).content.decode()
    assert "Til deg som brukerrepresentant" in content and "Til deg som fagperson" not in content


def test_an_account_turned_off_is_signed_out_on_the_next_request(client, enrolled, learner):
    _course, _module, lessons = enrolled
    assert client.get(lessons[0].url).status_code == 200
    learner.is_active = False
    learner.save()
    response = client.get(lessons[0].url)
    assert response.status_code == 302 and reverse("account_login") in response.url


def test_a_change_another_process_made_is_read_afresh(client, enrolled, learner):
    # Another process's write reaches this one only through the shared cache: its new version.
    _course, _module, lessons = enrolled
    client.get(lessons[0].url)  # records the visit: a new version
    client.get(lessons[0].url)  # fills the cache under it
    LessonCompletion.objects.bulk_create(  # no signal here: as if written elsewhere
        [LessonCompletion(user=learner, lesson=lessons[0], course=lessons[0].get_parent().get_parent().specific)]
    )
    assert DONE not in client.get(lessons[0].url).content.decode()  # still the cached record
    cache.set(f"elearning:user-version:{learner.pk}", "from-another-process")
    assert DONE in client.get(lessons[0].url).content.decode()


def test_an_entry_stored_under_an_older_version_is_not_used():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert user_cache.get(7, "thing", compute) == 1
    assert user_cache.get(7, "thing", compute) == 1
    user_cache.bump(7)
    assert user_cache.get(7, "thing", compute) == 2
    assert user_cache.get(8, "thing", compute) == 3  # every user has their own


def test_a_certificate_made_ready_shows_on_the_course_page_on_the_next_request(client, enrolled, learner):
    # The PDF is made by a worker (a queryset update there): the service starts the new version itself.
    course, _module, lessons = enrolled
    for lesson in lessons:  # completes the course: the certificate is claimed, its PDF still to come
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    assert "Last ned kursbevis (PDF)" not in client.get(course.url).content.decode()
    certificate = Certificate.objects.get(user=learner)
    assert services.certificate_render(certificate_id=certificate.pk)
    assert "Last ned kursbevis (PDF)" in client.get(course.url).content.decode()
