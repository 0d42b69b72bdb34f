"""The language switcher and the language of a page (WCAG 3.1.1/3.1.2;
issue 12, defect 10): from a lesson, bokmål → English → nynorsk → bokmål,
each step a plain link. A page that exists only in bokmål is shown whole in
bokmål (html lang="nb"), with a note in the language asked for, marked with
that language; a page that is not a Wagtail page (Mine kurs) is shown in the
language asked for."""

import re

import pytest

from modules import services as module_services
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


def switch_to(page, name):
    page.get_by_role("navigation", name=re.compile("^(Språk|Language)$")).get_by_role("link", name=name).click()
    page.wait_for_load_state()


def test_switch_languages_on_a_lesson_and_back(page, home, login):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    lesson = built[0][1][0]
    learner = UserFactory()
    module_services.course_enrol(user=learner, course=course)
    login(learner.email, PASSWORD)

    page.goto(lesson.url)
    assert page.locator("html").get_attribute("lang") == "nb"

    switch_to(page, "English")
    assert page.url.endswith(f"/en{lesson.url}")
    # The lesson exists only in bokmål: the page is bokmål, the note is English.
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.get_by_role("heading", level=1).inner_text() == lesson.title
    note = page.locator(".language-notice")
    assert note.get_attribute("lang") == "en" and "not translated yet" in note.inner_text()
    assert "shown in Norwegian Bokmål." in note.inner_text()  # our own name, not Django's "Bokmal"
    assert page.get_by_role("button", name=nb("Mark as completed")).is_visible()

    switch_to(page, "Norsk (nynorsk)")
    assert page.url.endswith(f"/nn{lesson.url}"), page.url  # never /nn/en/…
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator(".language-notice").get_attribute("lang") == "nn"
    assert "vist på bokmål." in page.locator(".language-notice").inner_text()

    switch_to(page, "Norsk (bokmål)")
    assert page.url.endswith(lesson.url) and "/nn/" not in page.url and "/en/" not in page.url
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator(".language-notice").count() == 0


def test_a_view_is_shown_in_the_language_asked_for(page, home, login):
    learner = UserFactory()
    login(learner.email, PASSWORD)
    page.goto("/en/kurs-handling/mine-kurs/")
    assert page.locator("html").get_attribute("lang") == "en"
    switch_to(page, "Norsk (nynorsk)")
    assert page.url.endswith("/nn/kurs-handling/mine-kurs/")
    assert page.locator("html").get_attribute("lang") == "nn"
    assert page.locator(".language-notice").count() == 0
