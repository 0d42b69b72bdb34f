"""Video chapters for a keyboard user: a chapter link seeks the player on the page and moves focus to it
(WCAG 2.1.1, 2.4.3); without JavaScript the same link opens the video at that time. Every video shows a
poster image before it plays."""

import pytest

from modules import services as module_services
from tests.e2e.test_site_keyboard import tab_to
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.modules import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    video_block,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_chapter_link_seeks_the_video_and_focuses_the_player(page, home, login):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home))
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(
        parent=module, body=[video_block(chapters=[("00:00", "Start"), ("00:08", "Et tydelig mål")])]
    )
    learner = UserFactory()
    module_services.course_enrol(user=learner, course=course)
    login(learner.email, PASSWORD)
    page.goto(lesson.url)

    video = page.locator("figure.lesson-media video")
    assert video.get_attribute("poster").endswith("/img/video-poster.png")
    chapter = page.get_by_role("link", name="00:08 Et tydelig mål")
    assert chapter.get_attribute("href").endswith(".mp4#t=8")
    tab_to(page, chapter)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.tagName === 'VIDEO'")
    assert page.evaluate("() => document.activeElement.currentTime") == 8
    assert page.url.endswith(lesson.url)  # the page stayed: the player moved, no navigation
