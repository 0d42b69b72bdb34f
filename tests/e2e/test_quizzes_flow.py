"""A new learner in a real browser: practice questions with immediate
feedback (and htmx autosave), then the final knowledge test: fail it, try
again, pass it, and see the lesson, the course and the certificate
completed. axe runs on every quiz page type."""

import re

import pytest
from playwright.sync_api import expect

from modules.models import Certificate, Enrolment, LessonCompletion
from quizzes.models import Attempt
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import htmx_settled
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)

# The right answers in tests.factories.quizzes.add_question, by question type.
ORDER = ["Først", "Så", "Deretter", "Til slutt"]
MATCHES = {"Mål": "Hva deltakerne skal lære", "Innhold": "Hva vi tar opp", "Vurdering": "Hvordan vi ser om det virket"}


@pytest.fixture
def course(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    index = CourseIndexPageFactory(parent=home)
    course, built = build_course(index, modules=2, lessons=0, title="Helsepedagogikk på nett")
    practice = build_quiz(
        ["single", "multiple", "true_false", "ordering", "matching", "short_text", "likert"],
        title="Øvingsspørsmål: helsekompetanse",
    )
    final = build_quiz(
        ["single", "multiple", "ordering", "matching", "short_text"],
        title="Kunnskapstest",
        kind="test",
        pass_mark=70,
        max_attempts=3,
        time_limit_minutes=20,
        shuffle_questions=True,
        shuffle_choices=True,
    )
    lessons = []
    for (module, _), quiz, title in zip(built, (practice, final), ("Øvingsspørsmål", "Kunnskapstest"), strict=True):
        lessons.append(
            LessonPageFactory(
                parent=module,
                title=title,
                completion_rule="quiz",
                body=[("paragraph", "<p>Test deg selv.</p>"), ("quiz", quiz)],
            )
        )
    course.refresh_from_db()
    return course, lessons


def question_kind(page) -> str:
    legend = page.locator("legend").inner_text()
    return re.search(r"\((\w+)\)", legend).group(1)


def answer(page, *, right: bool) -> str:
    """Answer the question on the page, right or wrong; returns its type."""
    kind = question_kind(page)
    if kind == "single":
        page.get_by_label("Riktig B" if right else "Feil A").check()
    elif kind == "true_false":
        page.get_by_label("Sant" if right else "Usant", exact=True).check()
    elif kind == "multiple":
        for label in ("Riktig A", "Riktig B") if right else ("Feil C",):
            page.get_by_label(label).check()
    elif kind == "ordering":
        order = ORDER if right else list(reversed(ORDER))
        for place, item in enumerate(order, start=1):
            page.get_by_label(item, exact=True).select_option(str(place))
    elif kind == "matching":
        for item, match in MATCHES.items():
            page.get_by_label(item, exact=True).select_option(
                label=match if right else next(m for m in MATCHES.values() if m != match)
            )
    elif kind == "short_text":
        page.get_by_label(nb("Your answer")).fill("salutogenese" if right else "patogenese")
    elif kind == "likert":
        page.get_by_label("Trygg", exact=True).check()
    if kind == "short_text":
        page.keyboard.press("Tab")  # leaving the field saves it (the change event)
    htmx_settled(page)  # the autosaves have answered
    return kind


NEXT = re.compile(f"^({re.escape(nb('Next question'))}|{re.escape(nb('Go to submit'))})$")


def next_question(page):
    """The button that saves and moves on, or, once an answer is checked, the link."""
    page.locator(".quiz-nav").get_by_role("button", name=NEXT).or_(
        page.locator(".quiz-nav").get_by_role("link", name=NEXT)
    ).click()
    page.wait_for_load_state()


def take_test(page, *, right: bool, check_accessibility: bool = False):
    seen = set()
    while page.get_by_role("button", name=nb("Submit answers")).count() == 0:
        kind = answer(page, right=right)
        if check_accessibility and kind not in seen:
            seen.add(kind)
            assert_accessible(page)
        next_question(page)
    assert_accessible(page)
    page.get_by_role("button", name=nb("Submit answers")).click()
    page.wait_for_load_state()


def test_practice_then_fail_retry_and_pass_the_final_test(page, login, course):
    course_page, (practice_lesson, final_lesson) = course
    page.clock.install()
    learner = UserFactory()
    login(learner.email, PASSWORD)
    page.goto(course_page.url)
    page.get_by_role("button", name=nb("Enrol in the course")).click()
    page.wait_for_load_state()

    # Practice questions with immediate feedback.
    page.goto(practice_lesson.url)
    block = page.locator(".quiz-block")
    assert "Øvingsspørsmål: helsekompetanse" in block.inner_text()
    assert_accessible(page)
    block.get_by_role("button", name=re.compile(nb("Start"))).click()
    page.wait_for_load_state()
    assert_accessible(page)
    # The answer is autosaved with htmx when it changes.
    page.get_by_label("Feil A").check()
    page.locator("#autosave-status").get_by_text(re.compile(nb("Saved %(time)s").split("%")[0].strip())).wait_for()
    attempt = Attempt.objects.get(user=learner)
    assert attempt.answers.get().value is not None
    # Checking it shows right or wrong and why, without moving on.
    page.get_by_role("button", name=nb("Check answer")).click()
    page.wait_for_load_state()
    feedback = page.locator("#feedback")
    assert nb("Not right") in feedback.inner_text()
    assert "Forklaring 0" in feedback.inner_text()
    assert page.get_by_label("Riktig B").is_disabled()
    assert_accessible(page)
    next_question(page)
    while page.get_by_role("button", name=nb("Submit answers")).count() == 0:
        answer(page, right=True)
        if page.get_by_role("button", name=nb("Check answer")).count():
            page.get_by_role("button", name=nb("Check answer")).click()
            page.wait_for_load_state()
            assert page.locator("#feedback h3").inner_text() == nb("Right")
        next_question(page)
    assert_accessible(page)
    page.get_by_role("button", name=nb("Submit answers")).click()
    page.wait_for_load_state()
    assert nb("Passed") in page.locator(".quiz-result").inner_text()  # 5 of 6 graded right
    assert_accessible(page)
    assert LessonCompletion.objects.filter(user=learner, lesson=practice_lesson).exists()

    # The final knowledge test: timed, feedback after submitting.
    page.goto(final_lesson.url)
    page.locator(".quiz-block").get_by_role("button", name=re.compile(nb("Start"))).click()
    page.wait_for_load_state()
    timer = page.get_by_role("timer")
    assert re.search(r"\d\d:\d\d", timer.inner_text())
    assert nb("Check answer") not in page.content()
    focused = page.evaluate("() => document.activeElement.tagName")
    shown = timer.inner_text()
    page.clock.run_for(1000)  # a second passes on the page's clock (installed at the start)
    expect(timer).not_to_have_text(shown)  # the countdown runs
    assert page.evaluate("() => document.activeElement.tagName") == focused  # and never takes focus
    take_test(page, right=False, check_accessibility=True)
    result = page.locator(".quiz-result").inner_text()
    assert nb("Not passed") in result
    assert_accessible(page)
    assert not LessonCompletion.objects.filter(user=learner, lesson=final_lesson).exists()
    # The review shows what was right and why.
    assert "Forklaring" in page.locator(".quiz-review").inner_text()

    # Try again, and pass.
    page.get_by_role("button", name=nb("Try again")).click()
    page.wait_for_load_state()
    take_test(page, right=True)
    assert nb("Passed") in page.locator(".quiz-result").inner_text()
    assert page.get_by_role("table").count() == 1  # the history of attempts
    assert_accessible(page)
    assert list(
        Attempt.objects.filter(user=learner, quiz__kind="test").values_list("passed", flat=True).order_by("number")
    ) == [False, True]

    # Progress and certificate.
    page.get_by_role("link", name=nb("Back to the lesson")).first.click()
    page.wait_for_load_state()
    assert nb("You have completed this lesson.") in page.content()
    assert_accessible(page)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner, course=course_page).exists()
    page.goto("/kurs-handling/mine-kurs/")
    assert page.get_by_role("link", name=re.compile(re.escape(nb("Download course certificate (PDF)")))).count() == 1
    assert_accessible(page)


def test_quiz_pages_at_320px(page, login, course):
    course_page, (practice_lesson, _final) = course
    learner = UserFactory()
    login(learner.email, PASSWORD)
    page.goto(course_page.url)
    page.get_by_role("button", name=nb("Enrol in the course")).click()
    page.wait_for_load_state()
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(practice_lesson.url)
    page.locator(".quiz-block").get_by_role("button", name=re.compile(nb("Start"))).click()
    page.wait_for_load_state()
    for _ in range(5):  # through ordering and matching
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_accessible(page)
        answer(page, right=True)
        next_question(page)
