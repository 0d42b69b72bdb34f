"""A leader's group page is kept per leader (cohorts.learner_html) under the
user version of each member and the group's shared versions: a member's
progress and quiz result, attendance, a submission, a message, a member
moved in or out and a renamed leader show on the leader's next request; the
message form has a new submit key and a valid CSRF token each time; whoever
does not lead the group never sees it."""

import pytest
from django.test import Client

from assignments import services as assignment_services
from cohorts import services
from modules import services as course_services
from quizzes import services as quiz_services
from tests.factories.accounts import UserFactory
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort, days_started
from tests.factories.modules import LessonPageFactory, build_course
from tests.factories.quizzes import answer_all, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_world(client, course_index):
    course, built = build_course(course_index, modules=1, lessons=2, course_format="cohort", min_days_attended=1)
    quiz = build_quiz(["single"], title="Kunnskapstest")
    quiz_lesson = LessonPageFactory(
        parent=built[0][0], title="Test deg selv", completion_rule="marked", body=[("quiz", quiz)]
    )
    cohort = days_started(build_cohort(course, days=2, groups=2))
    mine, theirs = cohort.groups.order_by("pk")
    member = ParticipantFactory(cohort=cohort, group=mine, user=UserFactory(first_name="Mona", last_name="Moe"))
    course_services.course_enrol(user=member.user, course=course, source="cohort")
    client.force_login(mine.leader)
    return {
        "course": course,
        "lessons": built[0][1],
        "quiz": quiz,
        "quiz_lesson": quiz_lesson,
        "cohort": cohort,
        "mine": mine,
        "theirs": theirs,
        "member": member,
    }


def _page(client, group) -> str:
    response = client.get(group.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _row(html: str, name: str) -> str:
    start = html.index(name)
    return html[start : html.index("</tr>", start)]


def test_a_members_progress_and_quiz_result_show_on_the_leaders_next_request(
    client, group_world, django_assert_num_queries
):
    mine, member = group_world["mine"], group_world["member"]
    assert "0 %" in _row(_page(client, mine), "Mona Moe")
    with django_assert_num_queries(0):
        _page(client, mine)
    course_services.lesson_mark_complete(user=member.user, lesson_id=group_world["lessons"][0].pk)
    row = _row(_page(client, mine), "Mona Moe")
    assert "(1/3)" in row and "0/1" in row

    attempt = quiz_services.attempt_start(
        user=member.user, quiz_id=group_world["quiz"].pk, lesson_id=group_world["quiz_lesson"].pk
    )[0]
    answer_all(attempt, user=member.user, right=False)
    quiz_services.attempt_submit(user=member.user, attempt_id=attempt.pk)  # failed
    assert "0/1" in _row(_page(client, mine), "Mona Moe")
    attempt = quiz_services.attempt_start(
        user=member.user, quiz_id=group_world["quiz"].pk, lesson_id=group_world["quiz_lesson"].pk
    )[0]
    answer_all(attempt, user=member.user, right=True)
    quiz_services.attempt_submit(user=member.user, attempt_id=attempt.pk)  # a pass in a lesson completed by hand
    assert "1/1" in _row(_page(client, mine), "Mona Moe")


def test_attendance_a_submission_and_a_renamed_member_show(client, group_world):
    cohort, mine, member = group_world["cohort"], group_world["mine"], group_world["member"]
    assignment = AssignmentFactory(cohort=cohort, title="Observer en samtale")
    before = _row(_page(client, mine), "Mona Moe")
    day = cohort.days.order_by("number").first()
    services.attendance_set(day_id=day.pk, present_ids={member.pk}, marked_by=mine.leader)
    after = _row(_page(client, mine), "Mona Moe")
    assert "<td>1</td>" in after and "<td>1</td>" not in before

    assignment_services.submission_save(
        user=member.user, assignment_id=assignment.pk, text="Jeg lyttet.", base_version=0, submit=True
    )
    assert _row(_page(client, mine), "Mona Moe") != after

    member.user.first_name = "Mona Lisa"
    member.user.save()
    assert "Mona Lisa Moe" in _page(client, mine)


def test_members_moved_in_and_out_and_a_new_co_leader_show(client, group_world):
    mine, theirs, member = group_world["mine"], group_world["theirs"], group_world["member"]
    newcomer = ParticipantFactory(cohort=group_world["cohort"], group=theirs, user=UserFactory(last_name="Nykommer"))
    assert "Nykommer" not in _page(client, mine)
    services.participant_set_group(participant_id=newcomer.pk, group_id=mine.pk)
    assert "Nykommer" in _page(client, mine)
    course_services.course_enrol(user=newcomer.user, course=group_world["course"], source="cohort")
    course_services.lesson_mark_complete(user=newcomer.user, lesson_id=group_world["lessons"][0].pk)
    assert "(1/3)" in _row(_page(client, mine), "Nykommer")  # the newcomer's version counts too

    services.participant_set_group(participant_id=member.pk, group_id=theirs.pk)
    assert "Mona Moe" not in _page(client, mine)
    other_leader = Client()
    other_leader.force_login(theirs.leader)
    assert "Mona Moe" in _page(other_leader, theirs)

    mine.co_leader = UserFactory(first_name="Kari", last_name="Medleder")
    mine.save()
    assert "Kari Medleder" in _page(client, mine)
    mine.co_leader.last_name = "Nordmann"
    mine.co_leader.save()
    assert "Kari Nordmann" in _page(client, mine)


def test_only_its_leaders_see_it_and_a_removed_leader_no_more(client, group_world):
    mine, theirs = group_world["mine"], group_world["theirs"]
    _page(client, mine)
    assert client.get(theirs.get_absolute_url()).status_code == 404
    member = Client()
    member.force_login(group_world["member"].user)
    assert member.get(mine.get_absolute_url()).status_code == 404
    mine.leader = UserFactory()
    mine.save()
    assert client.get(mine.get_absolute_url()).status_code == 404


def test_each_request_has_its_own_submit_key_and_a_valid_csrf_token(group_world):
    mine = group_world["mine"]
    client = Client(enforce_csrf_checks=True)
    client.force_login(mine.leader)
    pages = [_page(client, mine) for _request in range(3)]  # rendered, then from the cache
    keys = {page.split('name="submit_key" value="')[1].split('"')[0] for page in pages}
    assert len(keys) == 3
    for subject, page in (("Dag 1", pages[1]), ("Dag 2", pages[2])):
        token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        key = page.split('name="submit_key" value="')[1].split('"')[0]
        data = {"csrfmiddlewaretoken": token, "subject": subject, "body": "Velkommen.", "submit_key": key}
        assert client.post(f"{mine.get_absolute_url()}melding/", data).status_code == 302
        assert f">{subject}</h4>" in _page(client, mine)  # the history shows it at once
