"""A signed-in learner's module page is rendered once per state of the
learner (modules.learner_html.module_body): a completion, the module
opening, a lesson an editor publishes show on the next request; an
editor's preview of a draft is never cached."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from modules import services
from modules.models import ModulePage
from tests.factories.accounts import StaffFactory
from tests.factories.modules import LessonPageFactory, build_course, publish

pytestmark = pytest.mark.django_db

OPENS = "Denne modulen åpner"


def test_a_completion_and_a_new_lesson_show_on_the_next_request(client, course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=2)
    module, lessons = built[0]
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert "0 av 2" in client.get(module.url).content.decode()
    services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk)
    assert "1 av 2" in client.get(module.url).content.decode()
    new = LessonPageFactory(parent=module, title="Å sette mål sammen med pasienten")
    publish(new)
    assert "Å sette mål sammen med pasienten" in client.get(module.url).content.decode()


def test_the_module_opening_shows_without_any_write(client, course_index, learner, monkeypatch):
    opens = timezone.now() + datetime.timedelta(hours=2)
    course, built = build_course(course_index, modules=1, lessons=1, module_kwargs={0: {"available_from": opens}})
    module = built[0][0]
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert OPENS in client.get(module.url).content.decode()
    assert OPENS in client.get(module.url).content.decode()  # from the cache
    later = opens + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert OPENS not in client.get(module.url).content.decode()


def test_a_preview_of_a_draft_is_never_cached(client, course_index, rf):
    editor = StaffFactory()
    course, built = build_course(course_index, modules=1, lessons=1)
    module = built[0][0]
    services.course_enrol(user=editor, course=course)
    client.force_login(editor)
    host = module.get_site().hostname  # where Wagtail sends the preview
    assert module.title in client.get(module.url, HTTP_HOST=host).content.decode()
    draft = ModulePage.objects.get(pk=module.pk)
    draft.title = "Utkast som ikke er publisert"
    session = f"{settings.SESSION_COOKIE_NAME}={client.session.session_key}"
    preview = draft.make_preview_request(original_request=rf.get(module.url, HTTP_HOST=host, HTTP_COOKIE=session))
    assert "</span> Utkast som ikke er publisert</h1>" in preview.render().content.decode()
    html = client.get(module.url, HTTP_HOST=host).content.decode()
    assert module.title in html and "Utkast som ikke er publisert" not in html
