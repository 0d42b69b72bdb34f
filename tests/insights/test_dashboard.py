"""The dashboard panels in the Wagtail admin: what they show, to whom, and a
constant number of queries."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from insights import selectors
from tests.factories.accounts import AdminUserFactory
from tests.insights.data import build_world

pytestmark = pytest.mark.django_db


def _home_queries(client) -> tuple[int, str]:
    client.get(reverse("wagtailadmin_home"))  # fills the caches the admin keeps
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_dashboard_shows_the_panels_with_a_constant_number_of_queries(client, analyst, home, course_index):
    client.force_login(analyst)
    world = build_world(home, course_index, size=5)
    small, html = _home_queries(client)
    for panel in ("activity", "completions", "cohorts", "sessions", "pass-rates"):
        assert f'id="insights-{panel}' in html
    assert world["cohort"].title in html
    assert world["session"].title in html
    assert "chart-activity-data" in html
    assert world["quiz"].title in html

    build_world(home, course_index, size=12)
    larger, _html = _home_queries(client)
    assert larger == small


def test_each_panel_reads_in_a_fixed_number_of_queries(home, course_index, django_assert_num_queries):
    world = build_world(home, course_index, size=6)
    with django_assert_num_queries(2):
        rows = selectors.active_learners_by_month()
    assert rows[-1]["enrolments"] == 12 and rows[-1]["active"] == 12
    with django_assert_num_queries(1):
        completions = selectors.completions_this_month()
    assert completions["total"] == 4
    with django_assert_num_queries(2):
        cohorts = selectors.cohorts_under_way()
    assert [(c["confirmed"], c["waiting"]) for c in cohorts] == [(6, 6)]
    assert sorted(leader["waiting"] for leader in cohorts[0]["leaders"]) == [3, 3]
    with django_assert_num_queries(1):
        sessions = selectors.upcoming_sessions()
    assert [(s["registered"], s["waitlisted"]) for s in sessions] == [(6, 0)]
    with django_assert_num_queries(1):
        quizzes = selectors.lowest_pass_rates()
    # Six attempts, every third one all right: two passed.
    assert [(q["quiz_id"], q["attempts"], q["passed"], q["rate"]) for q in quizzes] == [
        (world["quiz"].pk, 6, 2, Decimal("33.3"))
    ]
    with django_assert_num_queries(1):
        questions = selectors.lowest_question_pass_rates()
    assert [(q["drawn"], q["right"]) for q in questions] == [(6, 2), (6, 2)]


def test_a_session_with_few_registrations_shows_no_counts_as_in_the_report(client, analyst, home, course_index):
    world = build_world(home, course_index, size=3)
    client.force_login(analyst)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index('id="insights-sessions') :]
    panel = panel[: panel.index("</table>")]
    row = panel[panel.index(world["session"].title) :]
    row = row[: row.index("</tr>")]
    assert "&lt;5 / 3" in row and "<td>&lt;5</td>" in row, row
    assert "Grupper med færre enn 5 personer skjules" in html


def test_the_panels_are_only_for_staff_who_may_see_statistics(client, home):
    client.force_login(AdminUserFactory())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "insights-activity" not in html
