"""Course pages are translated with wagtail-localize (nb → nn, en), and a
learner's progress follows them into every language (translation_key)."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from modules import selectors, services
from modules.models import LessonPage
from tests.factories.modules import build_course


@pytest.fixture
def course_and_lessons(course_index):
    """Every page is translated twice: a small course is enough."""
    return build_course(course_index, modules=1, lessons=2)


def _translate_tree(root: Page, locales, user):
    creator = TranslationCreator(user, locales)
    for page in [*root.get_ancestors(inclusive=True).filter(depth__gt=1), *root.get_descendants()]:
        creator.create_translations(page.specific)


def test_course_is_translated_and_progress_follows(client, course_index, course, lessons, learner, user):
    nn, _ = Locale.objects.get_or_create(language_code="nn")
    en, _ = Locale.objects.get_or_create(language_code="en")
    _translate_tree(course, [nn, en], user)

    translated = LessonPage.objects.get(translation_key=lessons[0].translation_key, locale=en)
    assert translated.title == lessons[0].title  # synced from the source until a translator edits it
    assert LessonPage.objects.filter(locale=nn).count() == len(lessons)
    # The translator publishes the translations from the editor.
    for page in Page.objects.filter(locale=en, depth__gt=1).specific():
        page.save_revision().publish()
    translated.refresh_from_db()

    services.course_enrol(user=learner, course=course)
    services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk)
    en_course = course.get_translation(en)
    progress = selectors.course_progress(course=en_course, user=learner)
    assert progress.enrolled and progress.completed_count == 1

    client.force_login(learner)
    response = client.get(translated.url)
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "en"
