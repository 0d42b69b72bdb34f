"""Practice assignments in a real browser: a learner's file is refused by its
content and the text stays; the learner submits, the group leader gives
feedback and asks for a revision, the learner revises; a course leader
assesses a final plan along the rubric. axe on every page type, the pages at
320 px without horizontal scrolling, and the submit form by keyboard alone."""

import pytest
from django.urls import reverse

from accounts.models import Role
from assignments.models import AssignmentKind, SubmissionStatus
from tests.assignments.conftest import make_world
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import focus_on_message
from tests.factories.assignments import PDF_BYTES, PNG_BYTES, AssignmentFactory
from tests.factories.coteaching import MembershipFactory, TeachingPlanFactory
from tests.factories.modules import build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    course, _built = build_course(home, modules=1, lessons=1)
    return make_world(course)


def _fits_320(page):
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 1280, "height": 900})


def test_learner_submits_leader_gives_feedback_learner_revises(page, login, world, tmp_path):
    assignment = AssignmentFactory(cohort=world.cohort, after_day=world.days[0], title="Praksisoppgave: teach-back")
    answer = "Jeg prøvde teach-back med en pårørende, og fant en misforståelse om tidspunktet."

    login(world.learner.user.email)
    page.goto(reverse("assignments:assignment", args=[assignment.pk]))
    assert_accessible(page)
    _fits_320(page)
    page.get_by_role("textbox", name=nb("Your answer")).fill(answer)
    lying = tmp_path / "bilde.pdf"
    lying.write_bytes(PNG_BYTES)
    page.get_by_label(nb("Attach files")).set_input_files(str(lying))
    page.get_by_role("button", name=nb("Submit"), exact=True).click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "bilde.pdf" in alert.inner_text()
    # Focus moves to the error summary (site.js, after the swap settles).
    page.wait_for_function("() => document.activeElement && document.activeElement.getAttribute('role') === 'alert'")
    assert (
        page.get_by_role("textbox", name=nb("Your answer")).input_value() == answer
    )  # nothing the learner wrote is lost
    assert_accessible(page)

    real = tmp_path / "refleksjon.pdf"
    real.write_bytes(PDF_BYTES)
    page.get_by_label(nb("Attach files")).set_input_files(str(real))
    # By keyboard: focus the submit button and press Enter.
    page.get_by_role("button", name=nb("Submit"), exact=True).focus()
    page.keyboard.press("Enter")
    # The page comes back in place; focus on the message, not left on the swapped box or the top.
    focus_on_message(page, nb("Your answer has been submitted."))
    submission = world.learner.submissions.get()
    assert submission.status == SubmissionStatus.SUBMITTED and submission.files.count() == 1
    assert page.get_by_text("refleksjon.pdf").is_visible()
    assert_accessible(page)

    login(world.group_leader.email)
    page.goto(reverse("assignments:waiting"))
    assert_accessible(page)
    _fits_320(page)
    page.get_by_role("link", name=world.learner.user.get_full_name()).click()
    page.wait_for_load_state()
    assert_accessible(page)
    _fits_320(page)
    page.get_by_label(nb("Feedback to the participant")).fill("Skriv også hva du gjør annerledes neste gang.")
    page.get_by_label(nb("Ask for a revision")).check()
    page.get_by_role("button", name=nb("Send feedback")).click()
    focus_on_message(page, nb("Your feedback has been saved."))
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.REVISION_REQUESTED

    login(world.learner.user.email)
    page.goto(reverse("assignments:assignment", args=[assignment.pk]))
    assert page.get_by_text("Skriv også hva du gjør annerledes neste gang.").is_visible()
    page.get_by_role("textbox", name=nb("Your answer")).fill(answer + " Neste gang skriver jeg tidspunktet på en lapp.")
    page.get_by_role("button", name=nb("Save draft")).click()
    focus_on_message(page, nb("Your draft has been saved."))
    page.get_by_role("button", name=nb("Submit the new version")).click()
    focus_on_message(page, nb("Your answer has been submitted."))
    submission.refresh_from_db()
    assert (submission.status, submission.round) == (SubmissionStatus.SUBMITTED, 2)
    assert_accessible(page)


def test_a_pair_submits_the_final_plan_and_the_course_leader_assesses_it(page, login, world):
    final = AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN, title="Sluttoppgave")
    plan = TeachingPlanFactory(title="Mestringskurs for pårørende")
    MembershipFactory(team=plan.team, user=world.learner.user, role=Role.PROFESSIONAL)
    MembershipFactory(team=plan.team, user=world.peer.user, role=Role.USER_REPRESENTATIVE)

    login(world.learner.user.email)
    page.goto(reverse("assignments:assignment", args=[final.pk]))
    assert_accessible(page)
    page.get_by_label("Mestringskurs for pårørende").check()
    page.get_by_role("button", name=nb("Submit the final plan")).click()
    focus_on_message(page, nb("Your team's final plan has been submitted."))
    submission = final.submissions.get()

    login(world.course_leader.email)
    page.goto(submission.get_absolute_url())
    assert_accessible(page)
    _fits_320(page)
    for criterion in page.locator(".rubric-criterion").all():
        criterion.get_by_label(nb("Met"), exact=True).check()
    page.get_by_label(nb("Overall feedback to the team")).fill("En gjennomarbeidet plan.")
    page.get_by_label(nb("Approve")).check()
    page.get_by_role("button", name=nb("Save the assessment")).click()
    focus_on_message(page, nb("Your assessment has been saved."))
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.APPROVED
    page.goto(reverse("assignments:plan", args=[submission.pk]))
    assert_accessible(page)
