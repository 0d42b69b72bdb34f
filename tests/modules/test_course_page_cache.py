"""A signed-in learner's course page is rendered once per state of the
learner (modules.learner_html.course_body): enrolling, a completion, a
module that opens and a title an editor publishes show on the next request,
and its forms carry this request's CSRF token."""

import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from modules import services
from modules.models import CoursePage, Enrolment
from tests.factories.accounts import StaffFactory
from tests.factories.modules import build_course, publish

pytestmark = pytest.mark.django_db

NOT_OPEN = "Den neste modulen er ikke åpnet ennå."


def test_enrolling_and_a_completion_show_on_the_next_request(client, course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=2)
    client.force_login(learner)
    assert reverse("modules:enrol", args=[course.pk]) in client.get(course.url).content.decode()
    services.course_enrol(user=learner, course=course)
    html = client.get(course.url).content.decode()
    assert reverse("modules:enrol", args=[course.pk]) not in html and "0 av 2 leksjoner fullført" in html
    services.lesson_mark_complete(user=learner, lesson_id=built[0][1][0].pk)
    assert "1 av 2 leksjoner fullført" in client.get(course.url).content.decode()


def test_a_module_that_opens_shows_without_any_write(client, course_index, learner, monkeypatch):
    opens = timezone.now() + datetime.timedelta(hours=2)
    course, _built = build_course(course_index, modules=1, lessons=1, module_kwargs={0: {"available_from": opens}})
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert NOT_OPEN in client.get(course.url).content.decode()
    assert NOT_OPEN in client.get(course.url).content.decode()  # from the cache
    later = opens + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert NOT_OPEN not in client.get(course.url).content.decode()


def test_a_title_an_editor_publishes_shows_on_the_next_request(client, course_index, learner):
    course, _built = build_course(course_index, modules=1, lessons=1)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert course.title in client.get(course.url).content.decode()
    course.title = "Mestring i hverdagen, ny utgave"
    publish(course)
    assert "Mestring i hverdagen, ny utgave" in client.get(course.url).content.decode()


def test_the_cached_page_carries_this_requests_csrf_token(course_index, learner):
    course, _built = build_course(course_index, modules=1, lessons=1)
    services.course_enrol(user=learner, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(course.url)
    html = client.get(course.url).content.decode()  # from the cache
    unenrol = reverse("modules:unenrol", args=[course.pk])
    form = html.split(f'action="{unenrol}"', 1)[1].split("</form>", 1)[0]
    (token,) = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert client.post(unenrol, {"csrfmiddlewaretoken": token}).status_code == 302
    assert not Enrolment.objects.filter(user=learner, course=course).exists()


def test_a_preview_of_a_draft_is_never_cached(client, course_index, rf):
    editor = StaffFactory()
    course, _built = build_course(course_index, modules=1, lessons=1)
    services.course_enrol(user=editor, course=course)
    client.force_login(editor)
    host = course.get_site().hostname  # where Wagtail sends the preview
    assert course.title in client.get(course.url, HTTP_HOST=host).content.decode()
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = "Utkast som ikke er publisert"
    session = f"{settings.SESSION_COOKIE_NAME}={client.session.session_key}"
    preview = draft.make_preview_request(original_request=rf.get(course.url, HTTP_HOST=host, HTTP_COOKIE=session))
    assert ">Utkast som ikke er publisert</h1>" in preview.render().content.decode()
    html = client.get(course.url, HTTP_HOST=host).content.decode()
    assert course.title in html and "Utkast som ikke er publisert" not in html
