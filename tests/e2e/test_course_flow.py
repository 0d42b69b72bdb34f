"""The online course in the browser, as a new learner meets it: register,
enrol, read lessons, answer a reflection, complete lessons and watch the
progress grow, resume from "Mine kurs", finish the course, download the PDF
certificate and verify it on the public page. axe runs on every page type."""

import io
import re

import pytest
from pypdf import PdfReader

from modules.models import Certificate
from tests.e2e.axe import assert_accessible
from tests.factories.modules import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "Et-langt-og-sterkt-passord-77"


def _course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Kurs i helsepedagogikk", slug="helsepedagogikk")
    module_1 = ModulePageFactory(parent=course, title="Helsekompetanse", slug="helsekompetanse")
    LessonPageFactory(
        parent=module_1,
        title="Hva er helsekompetanse?",
        slug="hva-er-helsekompetanse",
        completion_rule="reflection",
        body=[
            ("paragraph", "<p>Helsekompetanse er evnen til å finne, forstå, vurdere og bruke helseinformasjon.</p>"),
            ("reflection", {"key": "egen-erfaring", "prompt": "Når var helseinformasjon vanskelig å forstå?"}),
        ],
    )
    LessonPageFactory(parent=module_1, title="Klarspråk", slug="klarsprak", completion_rule="marked")
    module_2 = ModulePageFactory(parent=course, title="Brukermedvirkning", slug="brukermedvirkning")
    LessonPageFactory(parent=module_2, title="Tre nivåer", slug="tre-nivaer", completion_rule="marked")
    return course


def _register(page, live_server, mailoutbox, email):
    page.goto("/accounts/signup/")
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_first_name").fill("Nora")
    page.locator("#id_last_name").fill("Nyberg")
    page.get_by_label(nb("I have read the privacy statement.")).check()
    page.locator("form.stack-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[-1].body).group(0)
    page.goto(link.replace("http://testserver", live_server.url))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def _progress_text(page, label_id="course-progress") -> str:
    return page.locator(f"#{label_id}").inner_text()


def test_learner_completes_the_course_and_verifies_the_certificate(page, live_server, home, mailoutbox):
    course = _course(home)
    _register(page, live_server, mailoutbox, "nora.nyberg@example.no")

    page.goto(course.url)
    assert_accessible(page)
    page.get_by_role("button", name=nb("Enrol in the course")).click()
    page.wait_for_load_state()
    assert nb("Continue where you left off") in page.content() or nb("Start the course") in page.content()

    # Read the first lesson and answer its reflection task: that completes it.
    page.get_by_role("link", name=nb("Start the course")).click()
    page.wait_for_url(re.compile(r"/hva-er-helsekompetanse/$"))
    assert_accessible(page)
    page.get_by_label(nb("Your answer")).fill("Da jeg fikk et brev med <b>mange fagord</b> fra sykehuset.")
    page.get_by_role("button", name=nb("Save answer")).click()
    page.get_by_role("status").filter(has_text=nb("You have completed this lesson.")).wait_for()
    assert "1" in _progress_text(page) and "(33 %)" in _progress_text(page)
    assert "<b>mange fagord</b>" not in page.content()  # shown as text, escaped

    # The next lesson is completed by marking it; the progress bar updates in place (htmx).
    page.get_by_role("link", name=re.compile(re.escape(nb("Next lesson")))).click()
    page.wait_for_url(re.compile(r"/klarsprak/$"))
    url_before = page.url
    page.get_by_role("button", name=nb("Mark as completed")).click()
    page.get_by_role("status").filter(has_text=nb("You have completed this lesson.")).wait_for()
    assert page.url == url_before
    assert "(66 %)" in _progress_text(page)

    # "Mine kurs" shows the percentage and takes the learner back where they left off.
    page.goto("/kurs-handling/mine-kurs/")
    assert_accessible(page)
    assert "66 %" in page.content()
    page.get_by_role("link", name=re.compile(re.escape(nb("Continue where you left off")))).click()
    page.wait_for_url(re.compile(r"/brukermedvirkning/tre-nivaer/$"))
    page.get_by_role("button", name=nb("Mark as completed")).click()
    page.get_by_text(nb("Congratulations! You have completed the course.")).wait_for()

    # The certificate is made by a Celery task (eager in tests) and offered on "Mine kurs".
    certificate = Certificate.objects.get(user__email="nora.nyberg@example.no")
    page.goto("/kurs-handling/mine-kurs/")
    assert_accessible(page)
    link = page.get_by_role("link", name=re.compile(re.escape(nb("Download course certificate (PDF)"))))
    response = page.request.get(link.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert "Nora Nyberg" in text and "Kurs i helsepedagogikk" in text
    assert certificate.formatted_code in text

    # Anyone can verify it on the public page, without logging in.
    page.context.clear_cookies()
    page.goto(f"/kursbevis/{certificate.code}/")
    assert_accessible(page)
    assert "Nora Nyberg" in page.content() and "Kurs i helsepedagogikk" in page.content()
