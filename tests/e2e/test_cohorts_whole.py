"""A whole cohort in a real browser, as the people in it meet it:

- staff create the cohort in the Wagtail admin (course leaders as equals,
  published) and copy it to new dates;
- a learner signs up, reads the pre-work the course day names;
- the course leader marks attendance;
- the learner submits a practice assignment, gets feedback asking for a
  revision, revises, and it is approved;
- the learner submits the final plan a professional and a user
  representative wrote together, and the course leader approves it along
  the rubric;
- the learner answers the end-of-course evaluation;
- the certificate shows the hours and the course days attended, and anyone
  can verify it.

axe runs on every site page on the way (the admin is Wagtail's own). What
the admin cannot make by design is set up with factories: a course day that
has already started (the admin refuses a day in the past), the course, the
assignments' prompts and the evaluation form."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.models import Role
from assignments.models import AssignmentKind, Submission, SubmissionStatus
from cohorts.models import Attendance, Cohort, PreWork
from evaluations.models import FormKind
from modules.models import Certificate, CourseFormat
from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import focus_on_message
from tests.factories.accounts import StaffFactory, UserFactory, UserRepresentativeFactory
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import CourseDayFactory, ParticipantFactory
from tests.factories.coteaching import MembershipFactory, TeachingPlanFactory
from tests.factories.evaluations import build_form
from tests.factories.modules import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.i18n import nb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = "Jeg prøvde teach-back med en pasient, og fant en misforståelse om når hun skulle ta medisinen."
REVISION = " Neste gang skriver jeg tidspunktene på en lapp hun kan ta med hjem."


class Sessions:
    """Each person logs in once (tests/e2e/conftest.py: login); switching
    back to them later restores their cookies, so each keeps one session."""

    def __init__(self, page, login):
        self.page, self.login, self.cookies = page, login, {}

    def switch_to(self, user):
        self.page.context.clear_cookies()
        if user.pk in self.cookies:
            self.page.context.add_cookies(self.cookies[user.pk])
            return
        self.login(user.email)
        self.cookies[user.pk] = self.page.context.cookies()


def _course(home):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home),
        title="Helsepedagogikk i kull",
        course_format=CourseFormat.COHORT,
        min_days_attended=1,
        certificate_hours=30,
    )
    module = ModulePageFactory(parent=course, title="Helsekompetanse")
    lesson = LessonPageFactory(parent=module, title="Hva er helsekompetanse?", completion_rule="marked")
    return course, lesson


def _staff_create_the_cohort(page, course, leader, co_leader) -> Cohort:
    page.goto(reverse("wagtailsnippets_cohorts_cohort:add"))
    page.locator("button.chooser__choose-button[data-chooser-action-choose]").first.click()
    page.locator(".modal").get_by_role("link", name=course.title, exact=True).click()
    expect(page.locator("#id_course")).to_have_value(str(course.pk))
    page.locator("#id_title").fill("Kull nå")
    page.locator("#id_slug").fill("kull-na")
    today = timezone.localdate().isoformat()
    page.locator("#id_starts_on").fill(today)
    page.locator("#id_ends_on").fill(today)
    page.locator("#id_capacity").fill("12")
    for index, (person, role) in enumerate([(leader, Role.PROFESSIONAL), (co_leader, Role.USER_REPRESENTATIVE)]):
        page.locator("#id_leaders-ADD").click()
        page.locator(f"#id_leaders-{index}-user").select_option(str(person.pk))
        page.locator(f"#id_leaders-{index}-role").select_option(role.value)
    page.locator("#id_published").check()
    with page.expect_navigation():
        page.locator("form[data-edit-form] button[type=submit]").first.click()
    return Cohort.objects.get(slug="kull-na")


def _staff_copy_the_cohort(page, cohort) -> Cohort:
    page.goto(reverse("wagtailsnippets_cohorts_cohort:list"))
    page.get_by_role("button", name=re.compile(re.escape(cohort.title))).first.click()
    page.get_by_role("link", name=nb("Copy to new dates")).click()
    page.get_by_label(nb("Title of the new cohort")).fill("Kull neste halvår")
    starts_on = timezone.localdate() + datetime.timedelta(days=182)
    page.get_by_label(nb("First day of the new cohort")).fill(starts_on.isoformat())
    with page.expect_navigation():
        page.get_by_role("button", name=nb("Copy cohort")).click()
    copy = Cohort.objects.get(title="Kull neste halvår")
    assert copy.starts_on == starts_on and not copy.published
    return copy


def test_a_whole_cohort_from_the_admin_to_the_verified_certificate(page, home, login):
    course, lesson = _course(home)
    staff = StaffFactory()
    leader = UserFactory(first_name="Kari", last_name="Kursleder")
    co_leader = UserRepresentativeFactory(first_name="Bjørn", last_name="Medkursleder")
    learner = UserFactory(first_name="Nora", last_name="Nyberg")
    peer = UserRepresentativeFactory(first_name="Per", last_name="Brukerrepresentant")

    # Staff: the cohort in the admin, with a professional and a user representative leading it.
    sessions = Sessions(page, login)
    sessions.switch_to(staff)
    cohort = _staff_create_the_cohort(page, course, leader, co_leader)
    assert cohort.published and set(cohort.leaders.values_list("role", flat=True)) == {
        Role.PROFESSIONAL,
        Role.USER_REPRESENTATIVE,
    }
    # Set up what the admin refuses or what is not this test's subject: a day that began this morning.
    morning = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(0, 0)))
    day = CourseDayFactory(cohort=cohort, number=1, starts_at=morning, ends_at=morning + datetime.timedelta(minutes=1))
    PreWork.objects.create(day=day, page=lesson)
    practice = AssignmentFactory(cohort=cohort, after_day=day, title="Praksisoppgave: teach-back")
    final = AssignmentFactory(cohort=cohort, after_day=day, kind=AssignmentKind.FINAL_PLAN, title="Sluttoppgave")
    evaluation = build_form(course, FormKind.COURSE_END, likert=1, text=1, required_for_completion=True)
    plan = TeachingPlanFactory(title="Mestringskurs for pårørende")
    MembershipFactory(team=plan.team, user=learner, role=Role.PROFESSIONAL)
    MembershipFactory(team=plan.team, user=peer, role=Role.USER_REPRESENTATIVE)
    ParticipantFactory(cohort=cohort, user=peer)

    copy = _staff_copy_the_cohort(page, cohort)
    assert copy.days.count() == 1 and copy.assignments.count() == 2

    # The learner signs up and reads the pre-work the day names.
    sessions.switch_to(learner)
    page.goto(cohort.get_absolute_url())
    with page.expect_navigation():
        page.get_by_role("button", name=nb("Sign up")).click()
    expect(page.locator("main")).to_contain_text(nb("You have a seat in the cohort. Welcome!"))
    assert_accessible(page)  # with the timeline a participant sees
    page.get_by_role("link", name=lesson.title).first.click()
    page.wait_for_url(re.compile(re.escape(lesson.url)))
    assert_accessible(page)
    page.get_by_role("button", name=nb("Mark as completed")).click()
    page.get_by_role("status").filter(has_text=nb("You have completed this lesson.")).wait_for()

    # The course leader marks attendance.
    sessions.switch_to(leader)
    page.goto(cohort.get_absolute_url())
    page.get_by_role("link", name=re.compile(nb("Attendance"))).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_label(learner.get_full_name()).check()
    page.get_by_role("button", name=nb("Save attendance")).click()  # htmx: the list is swapped in place
    page.get_by_role("status").filter(has_text=nb("Attendance for %(day)s is saved.") % {"day": day.label}).wait_for()
    assert Attendance.objects.get(participant__user=learner, day=day).present

    # The learner submits the practice assignment.
    sessions.switch_to(learner)
    page.goto(cohort.get_absolute_url())
    page.get_by_role("link", name=practice.title).first.click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_role("textbox", name=nb("Your answer")).fill(ANSWER)
    page.get_by_role("button", name=nb("Submit"), exact=True).click()
    focus_on_message(page, nb("Your answer has been submitted."))
    submission = Submission.objects.get(assignment=practice)

    # The course leader asks for a revision.
    sessions.switch_to(leader)
    page.goto(submission.get_absolute_url())
    assert_accessible(page)
    page.get_by_label(nb("Feedback to the participant")).fill("Skriv også hva du gjør annerledes neste gang.")
    page.get_by_label(nb("Ask for a revision")).check()
    page.get_by_role("button", name=nb("Send feedback")).click()
    focus_on_message(page, nb("Your feedback has been saved."))

    # The learner reads the feedback and revises.
    sessions.switch_to(learner)
    page.goto(practice.get_absolute_url())
    expect(page.locator("main")).to_contain_text("Skriv også hva du gjør annerledes neste gang.")
    page.get_by_role("textbox", name=nb("Your answer")).fill(ANSWER + REVISION)
    page.get_by_role("button", name=nb("Submit the new version")).click()
    focus_on_message(page, nb("Your answer has been submitted."))
    # … and submits the final plan the pair wrote together.
    page.goto(final.get_absolute_url())
    assert_accessible(page)
    page.get_by_label(plan.title).check()
    page.get_by_role("button", name=nb("Submit the final plan")).click()
    focus_on_message(page, nb("Your team's final plan has been submitted."))

    # The course leader approves the revision, and the final plan along the rubric.
    sessions.switch_to(leader)
    page.goto(submission.get_absolute_url())
    page.get_by_label(nb("Feedback to the participant")).fill("Godt reflektert. Godkjent.")
    page.get_by_label(nb("Approve")).check()
    page.get_by_role("button", name=nb("Send feedback")).click()
    focus_on_message(page, nb("Your feedback has been saved."))
    page.goto(Submission.objects.get(assignment=final).get_absolute_url())
    assert_accessible(page)
    for criterion in page.locator(".rubric-criterion").all():
        criterion.get_by_label(nb("Met"), exact=True).check()
    page.get_by_label(nb("Overall feedback to the team")).fill("Brukererfaringen er bygd inn i hele planen.")
    page.get_by_label(nb("Approve")).check()
    page.get_by_role("button", name=nb("Save the assessment")).click()
    focus_on_message(page, nb("Your assessment has been saved."))
    statuses = set(Submission.objects.filter(participant__user=learner).values_list("status", flat=True))
    assert statuses == {SubmissionStatus.APPROVED}
    assert not Certificate.objects.filter(user=learner).exists()  # the evaluation is still missing

    # The learner answers the end-of-course evaluation: the last requirement.
    sessions.switch_to(learner)
    page.goto(cohort.get_absolute_url())
    page.get_by_role("link", name=evaluation.title).first.click()
    page.wait_for_load_state()
    assert_accessible(page)
    likert, text = evaluation.questions.order_by("sort_order")
    page.locator(f"#id_q{likert.pk}_3").check()
    page.get_by_label(text.text).fill("Rollespillet om den vanskelige samtalen.")
    page.get_by_role("button", name=nb("Send evaluation")).click()
    expect(page.locator("#evaluation-box [role=status]")).to_contain_text(nb("Thank you for your evaluation!"))

    # The certificate: hours and days attended, in the PDF and on the public page.
    certificate = Certificate.objects.get(user=learner)
    assert (certificate.hours, certificate.days_attended) == (30, 1)
    page.goto(reverse("modules:dashboard"))
    assert_accessible(page)
    link = page.get_by_role("link", name=re.compile(re.escape(nb("Download course certificate (PDF)"))))
    pdf = page.request.get(link.first.get_attribute("href"))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages)
    assert "Nora Nyberg" in text and certificate.formatted_code in text
    assert nb("Scope: %(hours)s hours") % {"hours": 30} in text
    assert nb("%(days)s course day attended") % {"days": 1} in text
    page.context.clear_cookies()
    page.goto(f"/kursbevis/{certificate.code}/")
    assert_accessible(page)
    facts = page.locator("main dl")
    expect(facts).to_contain_text("Nora Nyberg")
    expect(facts).to_contain_text(nb("Course days attended"))
    assert page.locator("dt", has_text=nb("Hours")).locator("xpath=following-sibling::dd[1]").inner_text() == "30"
    assert (
        page.locator("dt", has_text=nb("Course days attended")).locator("xpath=following-sibling::dd[1]").inner_text()
        == "1"
    )
