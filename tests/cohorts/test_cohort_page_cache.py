"""The cohort page's content is kept per signed-in viewer (cohorts.learner_html)
until what it shows changes: each write another person makes (a leader
marking attendance or giving feedback, a course leader moving a seat or
renaming themselves, the participant submitting or answering an evaluation)
shows on the next request of each viewer it concerns, nobody sees another
viewer's content, a course day ending shows without any write, and the
forms' CSRF token is valid."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assignments import services as assignment_services
from cohorts import services
from cohorts.models import CourseDay
from evaluations import services as evaluation_services
from evaluations.models import FormKind
from modules import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import LocalGroupFactory, ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def seated(client, course_and_lessons, learner):
    course, _built = course_and_lessons
    cohort = build_cohort(course, days=3, groups=2, starts_on=timezone.localdate() - datetime.timedelta(days=8))
    seat = ParticipantFactory(cohort=cohort, user=learner, group=cohort.groups.order_by("pk").first())
    course_services.course_enrol(user=learner, course=course, source="staff")
    client.force_login(learner)
    return cohort, seat


def _page(client, cohort) -> str:
    response = client.get(cohort.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _day_item(html: str, day: CourseDay) -> str:
    """The timeline entry of ``day``."""
    start = html.index(f"{day.label}")
    return html[html.rindex("<li", 0, start) : html.index("</li>\n", start)]


def test_attendance_a_leader_marks_shows_to_that_participant_only(client, seated, django_assert_num_queries):
    cohort, seat = seated
    other = ParticipantFactory(cohort=cohort, group=seat.group)
    other_client = Client()
    other_client.force_login(other.user)
    day = cohort.days.order_by("number").first()
    assert "Du deltok." not in _page(client, cohort)
    assert "Du deltok." not in _page(other_client, cohort)
    with django_assert_num_queries(0):
        _page(client, cohort)

    services.attendance_set(day_id=day.pk, present_ids={seat.pk}, marked_by=seat.group.leader)
    assert "Du deltok." in _day_item(_page(client, cohort), day)
    other_page = _page(other_client, cohort)
    assert "Du deltok." not in other_page and "Registrert som fraværende." in _day_item(other_page, day)

    services.attendance_set(day_id=day.pk, present_ids=set(), marked_by=seat.group.leader)  # a queryset update
    assert "Registrert som fraværende." in _day_item(_page(client, cohort), day)


def test_a_submission_and_feedback_show_on_the_next_request(client, seated):
    cohort, seat = seated
    assignment = AssignmentFactory(cohort=cohort, title="Observer en samtale")
    assert "Observer en samtale</a> – frist" in _page(client, cohort)

    assignment.title = "Observer en samtale på jobb"
    assignment.save()
    html = _page(client, cohort)
    assert " – ferdig" not in html.split("Observer en samtale på jobb</a> – frist")[1][:80]

    submission = assignment_services.submission_save(
        user=seat.user, assignment_id=assignment.pk, text="Jeg lyttet.", base_version=0, submit=True
    )
    assert " – ferdig" in _page(client, cohort).split("Observer en samtale på jobb</a> – frist")[1][:80]

    leader = cohort.leaders.order_by("sort_order").first().user
    assignment_services.feedback_give(
        user=leader, submission_id=submission.pk, text="Fint.", decision="approve", base_version=submission.version
    )
    assert " – ferdig" in _page(client, cohort).split("Observer en samtale på jobb</a> – frist")[1][:80]


def test_an_evaluation_answer_shows_as_done(client, seated):
    cohort, seat = seated
    form = build_form(cohort.course, FormKind.COURSE_DAY)
    day = cohort.days.order_by("number").first()
    assert "Evaluer kursdagen</a></li>" in _day_item(_page(client, cohort), day)
    answers = {f"q{q.pk}": "4" if q.kind == "likert" else "Mye" for q in form.questions.all()}
    evaluation_services.response_submit(user=seat.user, form=form, answers=answers, cohort=cohort, day=day)
    assert "Evaluer kursdagen</a> – ferdig" in _day_item(_page(client, cohort), day)


def test_a_move_to_another_group_and_a_renamed_leader_show(client, seated):
    cohort, seat = seated
    first, second = cohort.groups.order_by("pk")
    assert f"Lokalgruppen din: {first.name}" in _page(client, cohort)
    services.participant_set_group(participant_id=seat.pk, group_id=second.pk)
    assert f"Lokalgruppen din: {second.name}" in _page(client, cohort)
    second.name = "Gruppe Nord"
    second.save()
    assert "Lokalgruppen din: Gruppe Nord" in _page(client, cohort)

    leader = cohort.leaders.order_by("sort_order").first().user
    leader.first_name, leader.last_name = "Solveig", "Brekke"
    leader.save()
    assert "Solveig Brekke" in _page(client, cohort)


def test_a_day_ending_shows_without_any_write(client, seated, monkeypatch):
    cohort, _seat = seated
    now = timezone.now()
    day = cohort.days.order_by("number").last()
    day.starts_at, day.ends_at = now - datetime.timedelta(hours=1), now + datetime.timedelta(hours=1)
    day.save()
    assert "cohort-day--next" in _day_item(_page(client, cohort), day)
    later = now + datetime.timedelta(hours=1, minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "cohort-day--done" in _day_item(_page(client, cohort), day)


def test_a_new_leader_sees_the_leader_links_and_a_removed_one_not(client, seated):
    cohort, _seat = seated
    leader = UserFactory()
    leader_client = Client()
    leader_client.force_login(leader)
    assert leader_client.get(cohort.get_absolute_url()).status_code == 200  # published: the public facts
    assert "Gruppeside" not in _page(leader_client, cohort)
    group = LocalGroupFactory(cohort=cohort, leader=leader, name="Gruppe Sør")
    assert "Gruppeside: Gruppe Sør" in _page(leader_client, cohort)
    cohort.published = False
    cohort.save()
    assert "Gruppeside: Gruppe Sør" in _page(leader_client, cohort)
    group.delete()
    assert leader_client.get(cohort.get_absolute_url()).status_code == 404


def test_the_cached_forms_carry_a_valid_csrf_token(seated):
    cohort, seat = seated
    client = Client(enforce_csrf_checks=True)
    client.force_login(seat.user)
    for _request in range(2):  # rendered, then from the cache
        html = _page(client, cohort)
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(reverse("cohorts:cancel", args=[cohort.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    seat.refresh_from_db()
    assert seat.status != "confirmed"
    assert "Du har plass i dette kullet." not in _page(client, cohort)
