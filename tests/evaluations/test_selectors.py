import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.types import TimelineItem
from evaluations import selectors
from evaluations.models import FormKind
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form, noon_on, respond

pytestmark = pytest.mark.django_db


def test_the_timeline_shows_the_day_form_under_each_day_that_has_started(learner, cohort, days, day_form):
    respond(day_form, user=learner, cohort=cohort, day=days[0])

    items = selectors.timeline_items(user=learner, cohort=cohort, days=days)

    assert set(items) == {days[0].pk, days[1].pk}
    assert items[days[0].pk] == [
        TimelineItem(
            kind="evaluation",
            label=items[days[0].pk][0].label,
            url=f"/evaluering/kull/{cohort.pk}/dag/{days[0].pk}/",
            due_at=None,
            done=True,
        )
    ]
    assert items[days[1].pk][0].done is False


def test_the_end_of_course_form_shows_under_the_last_day_once_open(learner, course, cohort, days):
    build_form(course, FormKind.COURSE_END)
    assert selectors.timeline_items(user=learner, cohort=cohort, days=days) == {}

    last = noon_on(cohort.ends_on)
    items = selectors.timeline_items(user=learner, cohort=cohort, days=days, now=last)

    assert [item.url for item in items[days[-1].pk]] == [f"/evaluering/kull/{cohort.pk}/kursslutt/"]


@pytest.mark.parametrize("number_of_days", [2, 8])
def test_the_timeline_runs_two_queries_whatever_the_number_of_days(course, day_form, number_of_days):
    cohort = build_cohort(course, days=number_of_days, starts_on=timezone.localdate() - datetime.timedelta(days=70))
    user = ParticipantFactory(cohort=cohort).user
    days = list(cohort.days.all())

    with CaptureQueriesContext(connection) as queries:
        items = selectors.timeline_items(user=user, cohort=cohort, days=days)

    assert len(items) == number_of_days
    assert len(queries) == 2


def test_results_are_hidden_under_the_minimum_group_size(cohort, days, day_form, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 5
    for _ in range(4):
        respond(day_form, user=UserFactory(), cohort=cohort, day=days[0])
    for _ in range(5):
        respond(day_form, user=UserFactory(), cohort=cohort, day=days[1], likert=2)
    respond(day_form, user=UserFactory(), cohort=cohort, day=days[1], likert=5, text="")

    groups = {group.day.number: group for group in selectors.results(course_id=cohort.course_id, cohort=cohort)}

    assert (groups[1].responses, groups[1].hidden, groups[1].questions) == (4, True, [])
    day2 = groups[2]
    assert (day2.responses, day2.hidden) == (6, False)
    first = day2.questions[0]
    assert [(bar.value, bar.count, bar.percent) for bar in first.distribution] == [
        (1, 0, 0),
        (2, 5, 83),
        (3, 0, 0),
        (4, 0, 0),
        (5, 1, 17),
    ]
    assert first.mean == pytest.approx(15 / 6)
    assert day2.questions[2].texts == ["Godt eksempel fra praksis."] * 5
    assert groups[5].responses == 0 and groups[5].hidden


@pytest.mark.parametrize("answers_per_day", [1, 6])
def test_results_run_a_constant_number_of_queries(cohort, days, day_form, course, answers_per_day):
    build_form(course, FormKind.COURSE_END)
    for day in days[:2]:
        for _ in range(answers_per_day):
            respond(day_form, user=UserFactory(), cohort=cohort, day=day)

    with CaptureQueriesContext(connection) as queries:
        selectors.results(course_id=course.pk, cohort=cohort)

    assert len(queries) == 6


def test_the_end_of_course_evaluation_is_a_requirement_only_when_the_form_says_so(learner, course, cohort):
    form = build_form(course, FormKind.COURSE_END)
    assert selectors.completion_requirements(user=learner, cohort=cohort) == []

    form.required_for_completion = True
    form.save()
    [before] = selectors.completion_requirements(user=learner, cohort=cohort)
    respond(form, user=learner, cohort=cohort)
    [after] = selectors.completion_requirements(user=learner, cohort=cohort)

    assert (before.met, after.met) == (False, True)
    assert after.url == f"/evaluering/kull/{cohort.pk}/kursslutt/"
