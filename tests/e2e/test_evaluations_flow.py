"""Evaluations in a real browser: a participant answers the form after a
course day by keyboard alone (a missing answer first: the message gets the
focus and the text is kept), at 320 px; a course leader then reads the
results, which show once five people have answered. axe runs on every page
type."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from evaluations.models import EvaluationResponse, FormKind
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form, respond
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)

LEARNER = "kari.deltaker@example.no"
WRITTEN = "Rollespillet om den vanskelige samtalen."


@pytest.fixture
def setup(home):
    course, _ = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    cohort = build_cohort(course, days=5, starts_on=timezone.localdate() - datetime.timedelta(days=10))
    day = cohort.days.get(number=1)
    form = build_form(course, FormKind.COURSE_DAY, likert=2, text=1)
    learner = UserFactory(email=LEARNER, first_name="Kari", last_name="Deltaker")
    ParticipantFactory(cohort=cohort, user=learner)
    for _ in range(4):
        respond(form, user=UserFactory(), cohort=cohort, day=day, text="Trygg stemning i gruppen.")
    return cohort, day, form, cohort.leaders.first().user


def test_a_participant_answers_and_a_leader_reads_the_results(page, browser, live_server, login, setup):
    cohort, day, form, leader = setup
    likert, _optional, text = form.questions.order_by("sort_order")
    page.set_viewport_size({"width": 320, "height": 800})
    login(LEARNER)

    page.goto(f"/evaluering/kull/{cohort.pk}/dag/{day.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(form.title)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    # Keyboard only: write the text, forget the required statement, send.
    page.get_by_label(text.text).focus()
    page.keyboard.type(WRITTEN)
    page.keyboard.press("Tab")  # to the send button
    page.keyboard.press("Enter")
    summary = page.locator("#evaluation-errors")
    expect(summary).to_contain_text(nb("Choose a value from 1 to 5. This question is required."))
    expect(page.get_by_label(text.text)).to_have_value(WRITTEN)
    # The site moves focus into the swapped box (static/js/site.js): here the error summary's heading.
    page.wait_for_function("() => !!document.activeElement.closest('#evaluation-errors')")
    assert_accessible(page)

    # Arrow keys move through the scale: 1 → 4.
    page.locator(f"#id_q{likert.pk}_0").focus()
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.get_by_role("button", name=nb("Send evaluation")).focus()
    page.keyboard.press("Enter")
    expect(page.locator("#evaluation-box [role=status]")).to_contain_text(nb("Thank you for your evaluation!"))
    page.wait_for_function("() => !!document.activeElement.closest('#evaluation-box')")
    expect(page.locator("#live-announcer")).to_contain_text(nb("Thank you for your evaluation!"))
    assert_accessible(page)
    answer = EvaluationResponse.objects.get(user__email=LEARNER)
    assert {a.question_id: (a.likert, a.text) for a in answer.answers.all()} == {
        likert.pk: (4, ""),
        text.pk: (None, WRITTEN),
    }

    # The course leader reads the results: five answers now, so they show.
    leader_context = browser.new_context(locale="nb-NO", base_url=live_server.url)
    leader_page = leader_context.new_page()
    leader.set_password(PASSWORD)
    leader.save()
    login(leader.email, on=leader_page)
    leader_page.goto(f"/evaluering/kull/{cohort.pk}/resultater/")
    expect(leader_page.get_by_role("heading", level=1)).to_have_text(nb("Evaluation results"))
    expect(leader_page.get_by_text(WRITTEN)).to_be_visible()
    assert_accessible(leader_page)
    leader_context.close()
