"""generate_load_data (demo.loadgen): bulk load data that is consistent with
what the services would have stored, and idempotent. Built on a small
course made with the factories, at a tiny size."""

import io
from fractions import Fraction

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import Profile, Role
from accounts.municipalities import MUNICIPALITIES
from assignments.models import Submission
from cohorts.models import Attendance, Cohort, CourseDay
from demo import loadgen
from demo.loadgen import learners
from evaluations.models import EvaluationResponse, FormKind
from modules.models import Enrolment, LessonCompletion
from quizzes import grading
from quizzes.models import Answer, Attempt
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import build_cohort
from tests.factories.elearning import build_site
from tests.factories.evaluations import build_form
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course, publish
from tests.factories.quizzes import build_quiz
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from tests.module_data import built_once, for_test
from theme_sessions.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db

TINY = loadgen.Size("T", learners=40, completions=200, attempts=90, registrations=20, participants=30)


@built_once
def _world():
    home = build_site()
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=2, lessons=3)
    quiz = build_quiz(["single", "multiple", "true_false", "ordering", "short_text", "matching"])
    publish(LessonPageFactory(parent=built[1][0], completion_rule="quiz", body=[("quiz", quiz)]))
    template = build_cohort(course, days=3, groups=2, slug="levende-kull")
    AssignmentFactory(cohort=template, after_day=template.days.get(number=1))
    AssignmentFactory(cohort=template, after_day=template.days.get(number=2))
    build_form(course, FormKind.COURSE_DAY)
    build_form(course, FormKind.COURSE_END)
    series = SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home))
    session = SessionPageFactory(parent=series, capacity=5)
    return course, quiz, session


@pytest.fixture
def world(_world, db):
    return for_test(_world)


def test_generates_every_kind_of_data_consistently(world):
    course, quiz, session = world
    counts = loadgen.generate(size=TINY, stdout=io.StringIO())

    assert counts["learners"] == 40
    assert Enrolment.objects.filter(user__email__endswith="@last.example.invalid").count() == 40
    assert LessonCompletion.objects.count() == counts["completions"] > 0
    assert Attempt.objects.filter(quiz=quiz).count() == counts["attempts"] == 90
    assert Answer.objects.count() == counts["answers"] > 0
    # The stored score and pass are what a regrade of the stored answers gives.
    for attempt in Attempt.objects.filter(quiz=quiz).prefetch_related("answers"):
        values = {answer.question_id: answer.value for answer in attempt.answers.all()}
        specs = [attempt.questions[str(qid)] for qid in attempt.question_ids]
        assert attempt.score == grading.grade_attempt(specs, values)
        assert attempt.passed == grading.is_pass(attempt.score, attempt.pass_mark)
    assert {a.passed for a in Attempt.objects.all()} == {True, False}
    # With the report rows attempt_submit writes: they add up to the stored score.
    for attempt in Attempt.objects.filter(quiz=quiz).prefetch_related("results"):
        rows = list(attempt.results.all())
        assert sorted(r.question_id for r in rows) == sorted(attempt.question_ids)
        graded = [grading.Grade(Fraction(r.earned, r.out_of), 1, True) for r in rows if r.graded]
        assert grading.score_from_grades(graded) == attempt.score
    # Seats up to the capacity, the rest waiting.
    registrations = Registration.objects.filter(session=session)
    assert registrations.count() == counts["registrations"] == 20
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == 5
    # Past cohorts of 25 copied from the demo cohort, each day in the past on its weekday.
    past = Cohort.objects.filter(slug__startswith="lastdata-")
    assert past.count() == counts["cohorts"] == 2 and counts["participants"] == 30
    template = Cohort.objects.get(slug="levende-kull")
    weekdays = {d.starts_at.weekday() for d in template.days.all()}
    assert {d.starts_at.weekday() for d in CourseDay.objects.filter(cohort__in=past)} <= weekdays
    assert not CourseDay.objects.filter(cohort__in=past, ends_at__gt=timezone.now()).exists()
    assert Attendance.objects.filter(day__cohort__in=past).count() == counts["attendance"] == 30 * 3
    assert Submission.objects.filter(assignment__cohort__in=past).count() == counts["submissions"] == 30 * 2
    assert {s.status for s in Submission.objects.all()} >= {"approved", "submitted", "draft"}
    assert EvaluationResponse.objects.filter(cohort__in=past).count() == counts["evaluations"] > 30


def test_a_second_run_adds_nothing_and_a_larger_size_tops_up(world):
    loadgen.generate(size=TINY, stdout=io.StringIO())
    attempts = Attempt.objects.count()

    assert loadgen.generate(size=TINY, stdout=io.StringIO()) == {"learners": 0}
    assert Attempt.objects.count() == attempts

    bigger = loadgen.Size("T2", learners=50, completions=250, attempts=100, registrations=25, participants=35)
    counts = loadgen.generate(size=bigger, stdout=io.StringIO())
    assert counts["learners"] == 10
    assert Enrolment.objects.count() == 50


def test_the_command_reports_what_it_made(world):
    out = io.StringIO()
    call_command("generate_load_data", "--size", "S", stdout=out)
    assert "Load data S: 200 learners" in out.getvalue()


def test_learners_are_spread_over_real_municipalities_with_their_health_trust(world):
    loadgen.generate(size=TINY, stdout=io.StringIO())
    profiles = list(Profile.objects.filter(user__email__endswith="@last.example.invalid"))
    given = [profile.municipality for profile in profiles if profile.municipality]
    assert len(profiles) == 40 and len(given) == 35  # every eighth learner gives none
    assert set(given) <= set(MUNICIPALITIES) and len(set(given)) == len(given)  # all over the country
    assert len({number[:2] for number in given}) >= 8
    for profile in profiles:
        assert profile.organisation
        if " HF, " in profile.organisation:  # a hospital unit: the health trust of the learner's county
            assert profile.role == Role.PROFESSIONAL
            assert profile.organisation.startswith(learners.HEALTH_TRUSTS[profile.municipality[:2]] + ", ")
