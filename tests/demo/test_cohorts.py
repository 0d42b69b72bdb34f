"""The cohort demo: dated from today, on working days, the demo learner
between day 2 and day 3, the next season open for enrolment; idempotent."""

import datetime

import holidays
import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from cohorts import selectors
from cohorts.models import Attendance, Cohort, CourseDay, GroupMessage, Participant
from demo import dates as demo_dates
from demo.loaders import accounts as accounts_demo
from demo.loaders import cohorts as cohorts_demo
from demo.loaders import modules as course_demo
from elearning.models import OutboxMessage
from insights import suppression
from modules.models import LessonCompletion
from quizzes.models import Attempt
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.factories.quizzes import build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_course(demo_accounts, home):
    course, _built = build_course(
        CourseIndexPageFactory(parent=home), modules=3, lessons=1, slug=course_demo.COURSE["slug"]
    )
    return course


@pytest.mark.parametrize("today", [datetime.date(2026, 12, 3), datetime.date(2027, 4, 1), datetime.date(2027, 5, 18),
                                   datetime.date(2027, 12, 27), datetime.date(2028, 7, 10)])  # fmt: skip
def test_dates_fall_on_working_days_with_today_between_day_2_and_3(today):
    norway = holidays.country_holidays("NO", years=range(today.year - 1, today.year + 2))
    living, upcoming = cohorts_demo.living_dates(today), cohorts_demo.next_dates(today)
    for dates in (living, upcoming):
        assert len(dates) == 5 and dates == sorted(set(dates))
        assert all(d.weekday() < 5 and d not in norway and demo_dates.is_teaching_day(d) for d in dates)
        assert 42 <= (dates[-1] - dates[0]).days <= 70  # about eight weeks
    assert living[1] < today < living[2]
    assert upcoming[0] > living[-1] - datetime.timedelta(days=60) and upcoming[0] > today


def test_demo_cohorts_load_twice_and_show_a_living_cohort(demo_course, client):
    cohorts = cohorts_demo.load()
    counts = (
        Cohort.objects.count(),
        CourseDay.objects.count(),
        Participant.objects.count(),
        Attendance.objects.count(),
    )
    cohorts_demo.load()
    assert counts == (
        Cohort.objects.count(), CourseDay.objects.count(), Participant.objects.count(), Attendance.objects.count()
    )  # fmt: skip
    living, upcoming = cohorts["living"], cohorts["upcoming"]
    first = living.days.get(number=1).starts_at
    assert living.title == f"Kull {'våren' if first.month <= 6 else 'høsten'} {first.year}"
    assert upcoming.title.startswith("Kull ")

    learner = Participant.objects.get(cohort=living, user__email=course_demo.LEARNER).user
    client.force_login(learner)
    page = selectors.cohort_page(user=learner, cohort_id=living.pk)
    assert [d.state for d in page.days] == ["done", "done", "next", "upcoming", "upcoming"]
    assert client.get(living.get_absolute_url()).status_code == 200
    assert Attendance.objects.filter(participant__user=learner, present=True).count() == 2
    assert selectors.participant(
        Participant.objects.get(cohort=living, user__email=course_demo.USER_REPRESENTATIVE).user, living
    ).is_confirmed
    group_leader = living.groups.get(name="Lokalgruppe Vestfjord").leader
    assert group_leader.email == course_demo.GROUP_LEADER
    client.force_login(group_leader)
    vestfjord = living.groups.get(name="Lokalgruppe Vestfjord")
    assert client.get(vestfjord.get_absolute_url()).status_code == 200
    # The group's message history, loaded twice, is two messages that e-mailed nobody.
    assert GroupMessage.objects.filter(group=vestfjord, author=group_leader).count() == 2
    assert not OutboxMessage.objects.filter(key__startswith="cohorts.group_message").exists()
    # The second group's leader logs in with the documented password and sees his own group only.
    client.logout()
    assert client.login(email=cohorts_demo.SECOND_GROUP_LEADER, password=accounts_demo.DEMO_PASSWORD)
    assert client.get(living.groups.get(name="Lokalgruppe Nordfjell").get_absolute_url()).status_code == 200
    assert client.get(vestfjord.get_absolute_url()).status_code == 404
    client.force_login(learner)
    history = client.get(reverse("cohorts:group_messages", args=[living.pk, vestfjord.pk])).content.decode()
    assert "Velkommen til lokalgruppe Vestfjord" in history

    page = selectors.cohort_page(user=learner, cohort_id=upcoming.pk)
    assert page.enrolment_open and not page.in_cohort
    assert {leader.role for leader in living.leaders.all()} == {Role.PROFESSIONAL, Role.USER_REPRESENTATIVE}
    assert all(d.starts_at > timezone.now() for d in upcoming.days.all())


def test_the_living_cohort_has_taken_the_first_practice_quiz_through_the_quiz_services(demo_accounts, home):
    """Enough results for the quiz statistics (the reports' minimum group size): one submitted attempt per
    participant at the first quiz lesson's quiz, most of them passed, and a pass completes the lesson as it
    does for a learner. Loading again adds none."""
    course, built = build_course(
        CourseIndexPageFactory(parent=home), modules=2, lessons=1, slug=course_demo.COURSE["slug"]
    )
    quiz = build_quiz(["single", "true_false", "single", "matching", "short_text", "ordering"], pass_mark=60)
    lesson = LessonPageFactory(
        parent=built[0][0], title="Øvingsspørsmål", completion_rule="quiz", body=[("quiz", quiz)]
    )
    cohorts = cohorts_demo.load()
    participants = Participant.objects.filter(cohort=cohorts["living"], status="confirmed")
    attempts = Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
    assert attempts.count() == participants.count() >= suppression.min_group_size()
    assert {a.passed for a in attempts} == {True, False}
    learner = participants.get(user__email=course_demo.LEARNER).user
    assert attempts.get(user=learner).passed  # the demo learner's quiz lesson is done by a pass
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    cohorts_demo.load()
    assert Attempt.objects.filter(quiz=quiz).count() == participants.count()
