"""A learner who uses the keyboard only: log in, open a lesson, mark it
complete, answer a reflection, take the quiz and submit it. After every htmx
action focus lands somewhere sensible (never on <body>), the next Tab reaches
what the swap brought in, and the result is read out through the page's live
region (WCAG 2.4.3, 4.1.3)."""

import re

import pytest

from modules import services as module_services
from tests.e2e.conftest import htmx_settled
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.modules import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)

ACTIVE = "() => document.activeElement"
ON_BODY = "() => !document.activeElement || document.activeElement === document.body"


def tab_to(page, locator, *, limit=80, backwards=False):
    """Press Tab until ``locator`` has focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate("(el) => document.activeElement === el", target):
            return
    raise AssertionError(f"{limit} presses of Tab never reached {locator}")


def focused_text(page) -> str:
    return page.evaluate("() => document.activeElement.innerText || document.activeElement.textContent || ''").strip()


def announced(page) -> str:
    page.wait_for_function("() => document.getElementById('live-announcer').textContent.trim() !== ''")
    return page.locator("#live-announcer").inner_text()


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Helsepedagogikk")
    module = ModulePageFactory(parent=course, title="Helsekompetanse")
    lessons = [
        LessonPageFactory(parent=module, title="Klarspråk", slug="klarsprak", completion_rule="marked"),
        LessonPageFactory(
            parent=module,
            title="Egen erfaring",
            slug="egen-erfaring",
            completion_rule="reflection",
            body=[("reflection", {"key": "erfaring", "prompt": "Når var helseinformasjon vanskelig å forstå?"})],
        ),
        LessonPageFactory(
            parent=module,
            title="Øvingsspørsmål",
            slug="ovingssporsmal",
            completion_rule="quiz",
            body=[("quiz", build_quiz(["single"], title="Øvingsspørsmål om klarspråk"))],
        ),
    ]
    course.refresh_from_db()
    return course, lessons


def test_keyboard_only_journey_keeps_focus_after_every_action(page, course):
    course, (marked, reflective, quizzing) = course
    learner = UserFactory()
    module_services.course_enrol(user=learner, course=course)

    # Log in with the keyboard.
    page.goto("/accounts/login/")
    tab_to(page, page.locator("#id_login"))
    page.keyboard.type(learner.email)
    tab_to(page, page.locator("#id_password"))
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Mark the first lesson complete: focus goes to the heading of the swapped
    # box, the status is announced, and the next Tab reaches "Neste leksjon".
    page.goto(marked.url)
    tab_to(page, page.get_by_role("button", name=nb("Mark as completed")))
    page.keyboard.press("Enter")
    htmx_settled(page)
    page.wait_for_function("() => document.activeElement.id === 'lesson-completion-heading'")
    assert nb("You have completed this lesson.") in announced(page)
    page.keyboard.press("Tab")
    assert focused_text(page).startswith(nb("Next lesson"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/egen-erfaring/$"))

    # Save a reflection answer: focus stays on the form's button, which now says "Lagre endringer".
    tab_to(page, page.get_by_label(nb("Your answer")))
    page.keyboard.type("Et brev fra sykehuset med mange fagord.")
    page.keyboard.press("Tab")
    assert focused_text(page) == nb("Save answer")
    page.keyboard.press("Enter")
    htmx_settled(page)
    page.wait_for_function(f"() => document.activeElement.innerText.trim() === {nb('Save changes')!r}")
    assert not page.evaluate(ON_BODY)
    assert nb("Your answer is saved. Only you can see it.") in announced(page)

    # The quiz: start it, answer with the arrow keys (autosave keeps focus), submit.
    page.goto(quizzing.url)
    tab_to(page, page.get_by_role("button", name=re.compile(nb("Start"))))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sporsmal/1/$"))
    tab_to(page, page.get_by_label("Feil A"))
    page.keyboard.press("ArrowDown")  # selects "Riktig B"; the change autosaves
    page.get_by_role("status").filter(has_text=re.compile(r"\d\d:\d\d:\d\d")).wait_for()
    assert page.evaluate("() => document.activeElement.id.startsWith('choice-')")
    tab_to(page, page.get_by_role("button", name=nb("Go to submit")))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/lever/$"))
    tab_to(page, page.get_by_role("button", name=nb("Submit answers")))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/resultat/$"))
    assert nb("Passed") in page.content()
