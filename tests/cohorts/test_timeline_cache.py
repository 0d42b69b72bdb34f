"""The cohort page reads a fixed, small number of queries for a participant,
whatever the size of the cohort, and keeps the course days, their parts and
pre-work in memory (cohorts.cache): every edit to them shows on the next
request. Its content is then kept per viewer (cohorts.learner_html, tested
in test_cohort_page_cache.py): no query at all while nothing changed."""

import datetime
import re

import pytest
from django.utils import timezone

from cohorts.cache import ATTENDANCE
from cohorts.models import CourseDayPart, PreWork
from elearning import user_cache
from evaluations.models import FormKind
from modules import services as course_services
from tests.factories.cohorts import CohortLeaderFactory, CourseDayFactory, ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form

pytestmark = pytest.mark.django_db

# The cohort (with its seat count and whether the user leads a group), its
# leaders, the user's seat, their attendance, and the assignments and
# evaluations hooks (two each). The days, parts and pre-work come from
# memory; the user and their course progress from the per-user cache
# (elearning.user_cache).
PARTICIPANT_QUERIES = 8
WARM_QUERIES = 0  # the user, their progress and the page's content: one round trip to the cache


def _without_csrf(html: str) -> str:
    return re.sub(r"[A-Za-z0-9]{64}", "", html)  # a masked token differs in every response


def _afresh() -> None:
    """The page's content is read again (an attendance mark anywhere starts a new version), the user's progress not."""
    user_cache.bump_shared(ATTENDANCE)


@pytest.fixture
def seated(client, course_and_lessons, learner):
    course, built = course_and_lessons
    cohort = build_cohort(course, days=3, starts_on=timezone.localdate() - datetime.timedelta(days=8))
    ParticipantFactory(cohort=cohort, user=learner, group=cohort.groups.first())
    course_services.course_enrol(user=learner, course=course, source="staff")
    build_form(course, FormKind.COURSE_DAY)
    build_form(course, FormKind.COURSE_END, required_for_completion=True)
    client.force_login(learner)
    return cohort, built


def _page(client, cohort) -> str:
    response = client.get(cohort.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_participant_page_runs_the_same_few_queries_for_a_larger_cohort(client, seated, django_assert_num_queries):
    cohort, built = seated
    _page(client, cohort)  # the days are read once, then kept
    with django_assert_num_queries(WARM_QUERIES):
        _page(client, cohort)
    _afresh()
    with django_assert_num_queries(PARTICIPANT_QUERIES):
        _page(client, cohort)

    leader = cohort.leaders.first()
    for number in range(4, 9):
        day = CourseDayFactory(cohort=cohort, number=number)
        part = CourseDayPart.objects.create(day=day, title=f"Økt {number}", starts_at=datetime.time(10))
        part.leaders.add(leader)
        PreWork.objects.create(day=day, page=built[0][1][0])
    for _index in range(10):
        ParticipantFactory(cohort=cohort)
    _page(client, cohort)
    _afresh()
    with django_assert_num_queries(PARTICIPANT_QUERIES):
        content = _page(client, cohort)
    with django_assert_num_queries(WARM_QUERIES):
        assert _without_csrf(_page(client, cohort)) == _without_csrf(content)
    assert "Økt 8" in content and leader.user.get_full_name() in content
    assert "Evaluer kursdagen" in content and "Svar på kursevalueringen" in content


def test_edits_to_days_parts_leaders_and_pre_work_show_on_the_next_request(client, seated):
    cohort, built = seated
    day = cohort.days.order_by("number").last()
    part = CourseDayPart.objects.create(day=day, title="Gruppearbeid", starts_at=datetime.time(10))
    assert "Gruppearbeid" in _page(client, cohort)

    part.title = "Gruppearbeid i plenum"
    part.save()
    assert "Gruppearbeid i plenum" in _page(client, cohort)

    leader = CohortLeaderFactory(cohort=cohort, user__first_name="Tiril", user__last_name="Aas", sort_order=2)
    part.leaders.add(leader)
    assert "Tiril Aas" in _page(client, cohort)
    part.leaders.remove(leader)
    assert "Tiril Aas" not in _page(client, cohort).split("cohort-day__parts")[1]

    lesson = built[1][1][0]
    pre_work = PreWork.objects.create(day=day, page=lesson)
    assert lesson.title in _page(client, cohort)
    lesson.title = "Forarbeid med nytt navn"
    lesson.save_revision().publish()
    assert "Forarbeid med nytt navn" in _page(client, cohort)
    pre_work.delete()
    assert "Forarbeid med nytt navn" not in _page(client, cohort)

    day.title = "Avslutning og veien videre"
    day.save()
    assert "Avslutning og veien videre" in _page(client, cohort)
    part.delete()
    assert "Gruppearbeid" not in _page(client, cohort)
    day.delete()
    assert "Avslutning og veien videre" not in _page(client, cohort)
