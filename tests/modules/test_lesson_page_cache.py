"""A signed-in learner's lesson page is rendered once per state of the
learner (modules.learner_html.lesson_body): a completion, a reflection
answer and a lesson an editor publishes show on the next request; quizzes
and embeds are rendered on every request; its forms carry this request's
CSRF token; one learner never sees another's answer, and an editor's
preview of a draft is never cached."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from modules import services
from modules.models import LessonCompletion, LessonPage
from quizzes import services as quiz_services
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.modules import LessonPageFactory, build_course, publish
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db

KEY = "egen-praksis"
EMBED_URL = "https://www.youtube.com/watch?v=helsekompetanse"
FRAME = '<iframe src="https://www.youtube-nocookie.com/embed/helsekompetanse" title="Film"></iframe>'


def _lesson(course_index, body, **kwargs):
    course, built = build_course(course_index, modules=1, lessons=1)
    lesson = publish(LessonPageFactory(parent=built[0][0], body=body, **kwargs))
    course.refresh_from_db()
    return course, lesson


def _reflection_lesson(course_index):
    body = [("paragraph", "<p>Tenk over egen praksis.</p>"), ("reflection", {"key": KEY, "prompt": "Hva gjør du?"})]
    return _lesson(course_index, body)


def _signed_in(learner, course) -> Client:
    services.course_enrol(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    return client


def test_a_completion_shows_on_the_next_request(course_index, learner):
    course, lesson = _lesson(course_index, [("paragraph", "<p>Les dette.</p>")])
    client = _signed_in(learner, course)
    mark = reverse("modules:mark_complete", args=[lesson.pk])
    assert mark in client.get(lesson.url).content.decode()
    assert mark in client.get(lesson.url).content.decode()  # from the cache
    services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    html = client.get(lesson.url).content.decode()
    assert mark not in html and nb("You have completed this lesson.") in html
    LessonCompletion.objects.filter(user=learner, lesson=lesson).delete()
    assert mark in client.get(lesson.url).content.decode()


def test_a_reflection_answer_shows_on_the_next_request_and_only_to_its_learner(course_index, learner):
    course, lesson = _reflection_lesson(course_index)
    client = _signed_in(learner, course)
    other = _signed_in(UserFactory(), course)
    assert "Mitt første svar" not in client.get(lesson.url).content.decode()
    assert "Mitt første svar" not in other.get(lesson.url).content.decode()
    services.reflection_save(user=learner, lesson_id=lesson.pk, key=KEY, text="Mitt første svar")
    assert "Mitt første svar" in client.get(lesson.url).content.decode()
    services.reflection_save(user=learner, lesson_id=lesson.pk, key=KEY, text="Mitt andre svar")
    html = client.get(lesson.url).content.decode()
    assert "Mitt andre svar" in html and "Mitt første svar" not in html
    assert "Mitt andre svar" not in other.get(lesson.url).content.decode()


def test_a_title_an_editor_publishes_shows_on_the_next_request(course_index, learner):
    course, lesson = _lesson(course_index, [("paragraph", "<p>Les dette.</p>")])
    client = _signed_in(learner, course)
    assert lesson.title in client.get(lesson.url).content.decode()
    lesson.title = "Klarspråk i praksis, ny utgave"
    publish(lesson)
    assert "Klarspråk i praksis, ny utgave" in client.get(lesson.url).content.decode()


def test_a_quiz_shows_the_learners_attempt_on_the_next_request(course_index, learner):
    quiz = build_quiz()
    course, lesson = _lesson(course_index, [("paragraph", "<p>Test deg selv.</p>"), ("quiz", quiz)])
    client = _signed_in(learner, course)
    assert nb("Continue your attempt") not in client.get(lesson.url).content.decode()
    assert quiz.title in client.get(lesson.url).content.decode()  # from the cache, the quiz rendered afresh
    quiz_services.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=lesson.pk)
    assert nb("Continue your attempt") in client.get(lesson.url).content.decode()


def test_an_embed_shows_after_consent_on_the_next_request(course_index, learner):
    Embed.objects.create(
        url=EMBED_URL, hash=get_embed_hash(EMBED_URL), html=FRAME, type="video", provider_name="YouTube"
    )
    body = [("embed", {"title": "Film om helsekompetanse", "embed": EMBED_URL, "provider": "YouTube"})]
    course, lesson = _lesson(course_index, body)
    client = _signed_in(learner, course)
    client.get(lesson.url)
    html = client.get(lesson.url).content.decode()  # from the cache
    assert FRAME not in html and EMBED_URL in html
    client.post(reverse("modules:embed_consent"), {"consent": "yes", "next": lesson.url})
    assert FRAME in client.get(lesson.url).content.decode()


def test_the_cached_page_carries_this_requests_csrf_token_and_messages(course_index, learner):
    course, lesson = _reflection_lesson(course_index)
    services.course_enrol(user=learner, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(lesson.url)
    html = client.get(lesson.url).content.decode()  # from the cache
    url = reverse("modules:reflection", args=[lesson.pk, KEY])
    form = html.split(f'action="{url}"', 1)[1].split("</form>", 1)[0]
    (token,) = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert f'"X-CSRFToken": "{token}"' in html  # one token for the page: the htmx header's and the forms'
    response = client.post(url, {"csrfmiddlewaretoken": token, "text": "Svar skrevet i skjemaet"}, follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and "Svar skrevet i skjemaet" in html
    assert nb("Your answer is saved. Only you can see it.") in html


def test_a_preview_of_a_draft_is_never_cached(client, course_index, rf):
    editor = StaffFactory()
    course, lesson = _lesson(course_index, [("paragraph", "<p>Les dette.</p>")])
    services.course_enrol(user=editor, course=course)
    client.force_login(editor)
    host = lesson.get_site().hostname  # where Wagtail sends the preview
    assert lesson.title in client.get(lesson.url, HTTP_HOST=host).content.decode()
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.title = "Utkast som ikke er publisert"
    session = f"{settings.SESSION_COOKIE_NAME}={client.session.session_key}"
    preview = draft.make_preview_request(original_request=rf.get(lesson.url, HTTP_HOST=host, HTTP_COOKIE=session))
    assert ">Utkast som ikke er publisert</h1>" in preview.render().content.decode()
    html = client.get(lesson.url, HTTP_HOST=host).content.decode()
    assert lesson.title in html and "Utkast som ikke er publisert" not in html


def test_a_warm_lesson_with_a_reflection_answer_asks_the_database_nothing(
    course_index, learner, django_assert_num_queries
):
    course, lesson = _reflection_lesson(course_index)
    client = _signed_in(learner, course)
    services.reflection_save(user=learner, lesson_id=lesson.pk, key=KEY, text="Mitt svar")
    client.get(lesson.url)  # records the visit: a new user version
    client.get(lesson.url)
    with django_assert_num_queries(0):
        assert "Mitt svar" in client.get(lesson.url).content.decode()


def test_a_new_course_address_an_editor_publishes_shows_on_the_next_request(course_index, learner):
    course, lesson = _lesson(course_index, [("paragraph", "<p>Les dette.</p>")])
    client = _signed_in(learner, course)
    assert f'href="{course.url}"' in client.get(lesson.url).content.decode()
    course.slug = "mestring-i-hverdagen"
    publish(course)
    lesson.refresh_from_db()
    html = client.get(lesson.url).content.decode()
    assert lesson.url.startswith(course.url) and f'<a class="ds-link" href="{course.url}">' in html
