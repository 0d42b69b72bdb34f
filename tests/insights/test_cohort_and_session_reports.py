"""The cohort and theme-session reports: their numbers and their small groups."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, timezone
from wagtail.users.models import UserProfile

from assignments.models import AssignmentKind, Submission, SubmissionStatus
from cohorts.models import Attendance
from insights import suppression
from tests.factories.accounts import AdminUserFactory, StaffFactory
from tests.factories.assignments import AssignmentFactory, SubmissionFactory
from tests.factories.coteaching import MembershipFactory, TeamFactory
from tests.factories.theme_sessions import SessionPageFactory
from tests.insights.data import build_world_in_site
from tests.module_data import built_once, for_test
from theme_sessions.models import EvaluationResponse, Registration

pytestmark = pytest.mark.django_db


@built_once
def _world():
    return build_world_in_site(size=6)


@pytest.fixture
def world(_world, db):
    return for_test(_world)


def test_attendance_per_course_day(client, analyst, world):
    client.force_login(analyst)
    rows = client.get(reverse("insights_cohort_attendance"), {"cohort": world["cohort"].pk}).context["object_list"]
    # Six confirmed participants; four of them present on days 1 and 2 (every third one absent), day 3 not
    # marked: no numbers rather than 0 % present.
    assert [(row["number"], row["participants"], row["present"], row["share"]) for row in rows] == [
        (1, 6, 4, Decimal("66.7")),
        (2, 6, 4, Decimal("66.7")),
        (3, 6, None, None),
    ]
    # Everyone marked absent is 0 %.
    day = world["cohort"].days.get(number=3)
    for participant in world["cohort"].participants.filter(status="confirmed"):
        Attendance.objects.create(day=day, participant=participant, present=False)
    rows = client.get(reverse("insights_cohort_attendance"), {"cohort": world["cohort"].pk}).context["object_list"]
    assert (rows[2]["present"], rows[2]["share"]) == (0, 0)


def test_attendance_shows_the_date_of_past_and_future_course_days(client, analyst, world):
    days = list(world["cohort"].days.order_by("number"))
    future = timezone.make_aware(datetime.datetime(2031, 3, 14, 9, 30))
    type(days[-1]).objects.filter(pk=days[-1].pk).update(starts_at=future, ends_at=future + datetime.timedelta(hours=6))
    client.force_login(analyst)
    response = client.get(reverse("insights_cohort_attendance"), {"cohort": world["cohort"].pk})
    html = response.content.decode()
    assert "14. mars 2031, 09:30" in html
    past = timezone.localtime(days[0].starts_at)
    assert formats.date_format(past, "SHORT_DATETIME_FORMAT") in html
    assert "siden" not in html and " ago" not in html


def test_attendance_of_a_small_cohort_is_hidden(client, analyst, world, settings):
    settings.REPORTS_MIN_GROUP_SIZE = 7
    client.force_login(analyst)
    rows = client.get(reverse("insights_cohort_attendance")).context["object_list"]
    assert {row["present"] for row in rows} == {suppression.HIDDEN}
    assert all(row["label"] for row in rows)  # the day is still named


def test_assignments_with_turnaround(client, analyst, world):
    now = timezone.now()
    decided = list(Submission.objects.order_by("pk")[:2])
    for index, submission in enumerate(decided):
        Submission.objects.filter(pk=submission.pk).update(
            status=SubmissionStatus.APPROVED,
            submitted_at=now - datetime.timedelta(days=4),
            decided_at=now - datetime.timedelta(days=4 - 2 * (index + 1)),  # two and four days later
        )
    client.force_login(analyst)
    rows = client.get(reverse("insights_cohort_assignments"), {"cohort": world["cohort"].pk}).context["object_list"]
    assert [(r["participants"], r["submitted"], r["waiting"], r["approved"]) for r in rows] == [(6, 6, 4, 2)]
    assert rows[0]["turnaround_days"] == 3


def test_a_teams_final_plan_counts_for_each_member_in_the_cohort(client, analyst, world):
    """One member hands in the final plan for a team of two: two participants have handed it in and are
    approved, as their group pages say, not one submission's worth."""
    cohort = world["cohort"]
    first, second = (p.user for p in cohort.participants.filter(status="confirmed").order_by("pk")[:2])
    team = TeamFactory(created_by=first)
    for member in (first, second):
        MembershipFactory(team=team, user=member)
    final = AssignmentFactory(cohort=cohort, kind=AssignmentKind.FINAL_PLAN, title="Sluttoppgave")
    SubmissionFactory(
        assignment=final,
        participant=cohort.participants.get(user=first),
        team=team,
        status=SubmissionStatus.APPROVED,
        round=1,
        submitted_at=timezone.now(),
        decided_at=timezone.now(),
    )
    client.force_login(analyst)
    rows = client.get(reverse("insights_cohort_assignments"), {"cohort": cohort.pk, "kind": "final_plan"})
    (row,) = rows.context["object_list"]
    assert (row["participants"], row["submitted"], row["waiting"], row["approved"]) == (6, 2, 0, 2)
    assert row["approved_share"] == Decimal("33.3")


def test_theme_sessions_with_scores_hidden_below_the_minimum(client, analyst, world):
    session = world["session"]
    registrations = list(Registration.objects.filter(session=session).order_by("pk"))
    Registration.objects.filter(pk__in=[r.pk for r in registrations[:5]]).update(attended_at=timezone.now())
    for registration in registrations[:4]:
        EvaluationResponse.objects.create(session=session, registration=registration, overall=4, usefulness=5)
    client.force_login(analyst)
    url = reverse("insights_theme_sessions")
    row = next(r for r in client.get(url).context["object_list"] if r["pk"] == session.pk)
    assert (row["registered"], row["waitlisted"], row["attended"], row["answers"]) == (6, 0, 5, 4)
    assert row["overall"] is suppression.HIDDEN and row["usefulness"] is suppression.HIDDEN

    EvaluationResponse.objects.create(session=session, registration=registrations[4], overall=2, usefulness=4)
    row = next(r for r in client.get(url).context["object_list"] if r["pk"] == session.pk)
    assert (row["overall"], row["usefulness"]) == (Decimal("3.6"), Decimal("4.8"))


def test_sessions_filtered_by_period(client, analyst, world, home):
    later = SessionPageFactory(parent=world["session"].get_parent(), start=timezone.now() + datetime.timedelta(days=60))
    client.force_login(analyst)
    day = (timezone.localdate() + datetime.timedelta(days=50)).isoformat()
    rows = client.get(reverse("insights_theme_sessions"), {"period_from": day}).context["object_list"]
    assert [row["pk"] for row in rows] == [later.pk]


def test_session_evaluation_answers_for_whoever_may_edit_the_sessions(client, world):
    session = world["session"]
    registration = Registration.objects.filter(session=session).first()
    EvaluationResponse.objects.create(
        session=session, registration=registration, overall=4, usefulness=5, best="@SUM(A1)", improve="Mer tid"
    )
    url = reverse("insights_theme_session_evaluations")
    client.force_login(AdminUserFactory())  # may edit no session
    response = client.get(url, {"session": session.pk})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")

    client.force_login(StaffFactory())
    response = client.get(url, {"session": session.pk, "export": "csv"})
    rows = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert len(rows) == 2 and "'@SUM(A1)" in rows[1] and "Mer tid" in rows[1]
    page = client.get(reverse("theme_sessions_admin:evaluations", args=[session.pk])).content.decode()
    assert f"{url}?session={session.pk}&amp;export=xlsx" in page


def test_the_english_admin_writes_a_time_as_the_dashboard_and_the_report_do(client, analyst, world):
    """In English the dashboard once read "12/05/2030 10 a.m." beside the report's "05.12.2030 10:00"."""
    session = world["session"]
    start = timezone.make_aware(datetime.datetime(2030, 12, 5, 10, 0))
    type(session).objects.filter(pk=session.pk).update(start=start, end=start + datetime.timedelta(hours=2))
    profile = UserProfile.get_for_user(analyst)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(analyst)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    report = client.get(reverse("insights_theme_sessions"), {"period_to": "2031-01-01"}).content.decode()
    assert "5 Dec 2030, 10:00" in dashboard and "5 Dec 2030, 10:00" in report
