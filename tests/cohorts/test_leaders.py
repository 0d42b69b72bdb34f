"""What group leaders and course leaders see on the site (issue 15, item 5):
the group page and the whole cohort's progress with quiz results, one
member's details with only the reflections they shared, and a group
leader's attendance list for their own group. Nobody else gets them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit.models import AuditEvent
from cohorts import selectors as cohorts_selectors
from cohorts import services as cohorts_services
from cohorts.cache import ATTENDANCE
from cohorts.models import Attendance
from elearning import user_cache
from elearning.errors import Conflict
from elearning.models import HomePage
from modules import services as course_services
from modules.models import LessonPage
from quizzes import services as quiz_services
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort, days_started
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, ModulePageFactory, build_course
from tests.factories.quizzes import answer_all, build_quiz
from tests.i18n import nb
from tests.module_data import built_once, for_test

pytestmark = pytest.mark.django_db


@built_once
def _world():
    """A cohort course with a reflection lesson and a quiz lesson, a cohort
    with two groups, and a member of the first group who passed the quiz
    and answered two reflection tasks, sharing one."""
    course_index = CourseIndexPageFactory(parent=HomePage.objects.get(depth=2))
    course, built = build_course(course_index, modules=1, lessons=1, course_format="cohort", min_days_attended=1)
    module = built[0][0]
    reflection_lesson = LessonPageFactory(
        parent=module,
        title="Egen erfaring",
        completion_rule="reflection",
        body=[
            ("reflection", {"key": "delt", "prompt": "Hva lærte du av gruppearbeidet?"}),
            ("reflection", {"key": "privat", "prompt": "Hva var vanskelig for deg?"}),
        ],
    )
    quiz = build_quiz(["single"], title="Kunnskapstest om brukermedvirkning")
    quiz_lesson = LessonPageFactory(parent=module, title="Test deg selv", completion_rule="quiz", body=[("quiz", quiz)])
    cohort = build_cohort(course, days=3, groups=2)
    mine, theirs = cohort.groups.order_by("pk")
    member = ParticipantFactory(cohort=cohort, group=mine, user=UserFactory(first_name="Mona", last_name="Moe"))
    other = ParticipantFactory(cohort=cohort, group=theirs, user=UserFactory(last_name="Annengruppe"))
    course_services.course_enrol(user=member.user, course=course, source="cohort")
    course_services.reflection_save(
        user=member.user, lesson_id=reflection_lesson.pk, key="delt", text="Jeg lærte å lytte.", shared=True
    )
    course_services.reflection_save(
        user=member.user, lesson_id=reflection_lesson.pk, key="privat", text="Hemmelig svar om diagnosen."
    )
    take_quiz(member.user, quiz, quiz_lesson, right=True)
    return {
        "course": course,
        "cohort": cohort,
        "mine": mine,
        "theirs": theirs,
        "member": member,
        "other": other,
        "quiz": quiz,
        "quiz_lesson": quiz_lesson,
    }


@pytest.fixture
def world(_world, db):
    return for_test(_world)


def take_quiz(user, quiz, lesson, *, right):
    course_services.course_enrol(user=user, course=lesson.get_parent().get_parent().specific, source="cohort")
    attempt = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=lesson.pk)[0]
    answer_all(attempt, user=user, right=right)
    quiz_services.attempt_submit(user=user, attempt_id=attempt.pk)


def count_queries(client, url) -> int:
    client.get(url)  # caches warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_member_details_show_progress_quiz_attendance_and_only_shared_reflections(client, world):
    member, mine = world["member"], world["mine"]
    day = world["cohort"].days.get(number=1)
    Attendance.objects.create(day=day, participant=member, present=True)
    url = reverse("cohorts:member", args=[world["cohort"].pk, member.pk])
    client.force_login(mine.leader)
    content = client.get(url).content.decode()
    assert "Mona Moe" in content and "Kunnskapstest om brukermedvirkning" in content
    assert "100 %" in content and nb("passed") in content
    assert "Jeg lærte å lytte." in content and "Hva lærte du av gruppearbeidet?" in content
    assert "Hemmelig svar om diagnosen." not in content
    # The visit is in the audit log, about the learner, once per view.
    event = AuditEvent.objects.get()
    assert (event.actor, event.action, event.subject_user) == (mine.leader, "person_viewed_by_leader", member.user)
    assert event.details == {"cohort_id": world["cohort"].pk, "participant_id": member.pk, "group_id": mine.pk}
    # The group page links each member to these details and counts the quizzes passed.
    group_page = client.get(mine.get_absolute_url()).content.decode()
    assert url in group_page and "1/1" in group_page


def test_member_details_are_404_for_everyone_but_their_leaders(client, world):
    cohort, member, other = world["cohort"], world["member"], world["other"]
    url = reverse("cohorts:member", args=[cohort.pk, member.pk])
    for outsider in (world["theirs"].leader, member.user, other.user, UserFactory()):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    assert not AuditEvent.objects.exists()  # a refusal shows nothing, so logs nothing
    client.force_login(cohort.leaders.first().user)  # a course leader sees everyone in the cohort
    assert client.get(url).status_code == 200
    assert client.get(reverse("cohorts:member", args=[cohort.pk, other.pk])).status_code == 200
    assert client.get(reverse("cohorts:member", args=[cohort.pk + 1000, member.pk])).status_code == 404
    # A participant who cancelled is no longer shown.
    member.status = "cancelled"
    member.save()
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(reverse("cohorts:member", args=[cohort.pk, other.pk])).status_code == 302  # to log in


def test_cohort_progress_page_for_course_leaders_only(client, world):
    cohort = world["cohort"]
    url = reverse("cohorts:progress", args=[cohort.pk])
    client.force_login(cohort.leaders.first().user)
    content = client.get(url).content.decode()
    assert "Mona Moe" in content and "Annengruppe" in content and world["theirs"].name in content
    assert url in client.get(cohort.get_absolute_url()).content.decode()  # under "For leaders"
    for outsider in (world["mine"].leader, world["member"].user, UserFactory()):
        client.force_login(outsider)
        assert client.get(url).status_code == 404


def add_members(world, count):
    for _index in range(count):
        participant = ParticipantFactory(cohort=world["cohort"], group=world["mine"])
        take_quiz(participant.user, world["quiz"], world["quiz_lesson"], right=False)
        Attendance.objects.create(day=world["cohort"].days.first(), participant=participant, present=True)


def test_leader_pages_run_the_same_queries_for_a_small_and_a_larger_group(client, world):
    cohort, mine, member = world["cohort"], world["mine"], world["member"]
    pages = {
        "group": (mine.leader, mine.get_absolute_url()),
        "progress": (cohort.leaders.first().user, reverse("cohorts:progress", args=[cohort.pk])),
        "member": (mine.leader, reverse("cohorts:member", args=[cohort.pk, member.pk])),
        "attendance": (
            mine.leader,
            reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, cohort.days.first().pk]),
        ),
    }
    small = {}
    for name, (user, url) in pages.items():
        client.force_login(user)
        small[name] = count_queries(client, url)
    add_members(world, 4)
    take_quiz(member.user, world["quiz"], world["quiz_lesson"], right=False)  # a second attempt
    large = {}
    for name, (user, url) in pages.items():
        client.force_login(user)
        large[name] = count_queries(client, url)
    assert small == large
    assert max(large.values()) <= 30, large


def test_group_leader_marks_attendance_for_their_own_group_only(client, world):
    cohort, mine, member, other = world["cohort"], world["mine"], world["member"], world["other"]
    days_started(cohort)
    day = cohort.days.get(number=2)
    Attendance.objects.create(day=day, participant=other, present=True)  # marked by the course leaders
    url = reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, day.pk])
    client.force_login(mine.leader)
    page = client.get(url).content.decode()
    assert "Mona Moe" in page and "Annengruppe" not in page
    assert url in client.get(mine.get_absolute_url()).content.decode()
    # A plain form post redirects; the other group's row is left alone.
    assert client.post(url, {"present": [str(member.pk), str(other.pk)]}).status_code == 302
    assert Attendance.objects.get(day=day, participant=member).present is True
    assert Attendance.objects.get(day=day, participant=other).present is True
    assert Attendance.objects.get(day=day, participant=member).marked_by == mine.leader
    # With htmx the form comes back in place, saying it is saved; unticking marks absent.
    response = client.post(url, {}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and nb("Attendance for %(day)s is saved.") % {"day": day.label} in (
        response.content.decode()
    )
    assert "<html" not in response.content.decode()
    assert Attendance.objects.get(day=day, participant=member).present is False
    assert Attendance.objects.get(day=day, participant=other).present is True


def test_group_attendance_is_404_outside_the_group(client, world):
    cohort, mine, theirs = world["cohort"], world["mine"], world["theirs"]
    day = cohort.days.first()
    url = reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, day.pk])
    for outsider in (theirs.leader, world["member"].user, UserFactory()):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(url, {"present": [str(world["member"].pk)]}).status_code == 404
    assert not Attendance.objects.filter(day=day).exists()
    other_cohort = build_cohort(world["course"], days=1, groups=0)
    client.force_login(mine.leader)
    foreign_day = other_cohort.days.get()
    assert client.get(reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, foreign_day.pk])).status_code == 404
    client.force_login(cohort.leaders.first().user)  # course leaders may use every group's list
    assert client.get(url).status_code == 200


def test_a_refusal_answers_the_status_of_its_error(client, world, monkeypatch):
    """The attendance and message views answer the UserError's own status (a
    Conflict is 409), not a fixed 422, with the message."""
    cohort, mine, member = world["cohort"], world["mine"], world["member"]
    day = cohort.days.get(number=1)

    def refuse(**kwargs):
        raise Conflict("Noen andre var først.", code="conflict")

    monkeypatch.setattr(cohorts_services, "attendance_set", refuse)
    monkeypatch.setattr(cohorts_services, "group_message_send", refuse)
    monkeypatch.setattr(cohorts_services, "cohort_message_send", refuse)
    client.force_login(cohort.leaders.first().user)
    posts = [
        (reverse("cohorts:attendance", args=[cohort.pk, day.pk]), {"present": [str(member.pk)]}),
        (reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, day.pk]), {"present": [str(member.pk)]}),
        (reverse("cohorts:group_message", args=[cohort.pk, mine.pk]), {"subject": "Hei", "body": "Husk kurset."}),
        (reverse("cohorts:cohort_message", args=[cohort.pk]), {"subject": "Hei", "body": "Husk kurset."}),
    ]
    for url, data in posts:
        response = client.post(url, data, HTTP_HX_REQUEST="true")
        assert response.status_code == 409, url
        assert "Noen andre var først." in response.content.decode(), url


def test_an_empty_group_message_is_not_sent_and_says_so(client, world, mailoutbox):
    cohort, mine = world["cohort"], world["mine"]
    client.force_login(mine.leader)
    url = reverse("cohorts:group_message", args=[cohort.pk, mine.pk])
    response = client.post(url, {"subject": "", "body": "Husk kurset."})
    assert response.status_code == 422
    html = response.content.decode()
    assert nb("Not sent") in html and "Husk kurset." in html
    assert mailoutbox == []


def test_attendance_for_a_day_not_started_is_refused_with_a_message(client, world):
    cohort, mine, member = world["cohort"], world["mine"], world["member"]
    day = cohort.days.get(number=2)  # two weeks ahead
    refused = nb("Attendance can be marked from the start of the course day, not before.")
    client.force_login(cohort.leaders.first().user)
    url = reverse("cohorts:attendance", args=[cohort.pk, day.pk])
    response = client.post(url, {"present": [str(member.pk)]}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422 and refused in response.content.decode()
    response = client.post(url, {"present": [str(member.pk)]}, follow=True)
    assert response.redirect_chain == [(url, 302)] and refused in response.content.decode()
    client.force_login(mine.leader)
    url = reverse("cohorts:group_attendance", args=[cohort.pk, mine.pk, day.pk])
    response = client.post(url, {"present": [str(member.pk)]}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422 and refused in response.content.decode()
    response = client.post(url, {"present": [str(member.pk)]}, follow=True)
    assert response.redirect_chain == [(url, 302)] and refused in response.content.decode()
    assert not Attendance.objects.filter(day=day).exists()


def test_course_leaders_mark_the_whole_cohort_with_htmx_too(client, world):
    cohort, member, other = world["cohort"], world["member"], world["other"]
    days_started(cohort)
    day = cohort.days.get(number=3)
    url = reverse("cohorts:attendance", args=[cohort.pk, day.pk])
    client.force_login(cohort.leaders.first().user)
    response = client.post(url, {"present": [str(member.pk), str(other.pk)]}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert response.status_code == 200 and "<html" not in content and 'id="cohort-attendance"' in content
    assert nb("Attendance for %(day)s is saved.") % {"day": day.label} in content
    assert set(Attendance.objects.filter(day=day, present=True).values_list("participant_id", flat=True)) == {
        member.pk,
        other.pk,
    }
    assert client.post(url, {"present": [str(member.pk)]}).status_code == 302  # the plain form
    assert Attendance.objects.get(day=day, participant=other).present is False


# The group, its members; their enrolments, completions, roles (which
# quizzes are meant for them), quiz results and the quiz titles, attendance,
# the assignments hook (one here: no assignments, so no submissions to read),
# the group's messages. The user comes from elearning.user_cache; the days and
# which quizzes the lessons hold from memory (per content version).
GROUP_PAGE_QUERIES = 10
# Then the page is kept for the leader and the members' versions (cohorts.learner_html): no query.
GROUP_PAGE_WARM_QUERIES = 0


def test_group_page_queries_and_a_quiz_published_into_a_lesson_shows_next_time(
    client, world, django_assert_num_queries
):
    mine = world["mine"]
    client.force_login(mine.leader)
    client.get(mine.get_absolute_url())
    user_cache.bump_shared(ATTENDANCE)  # the page read afresh, the members' list not
    with django_assert_num_queries(GROUP_PAGE_QUERIES):
        assert "1/1" in client.get(mine.get_absolute_url()).content.decode()
    with django_assert_num_queries(GROUP_PAGE_WARM_QUERIES):
        assert "1/1" in client.get(mine.get_absolute_url()).content.decode()

    lesson = world["course"].get_descendants().type(LessonPage).first().specific
    lesson.body = [("quiz", build_quiz(["single"], title="Ny test"))]
    lesson.save_revision().publish()
    assert "1/2" in client.get(mine.get_absolute_url()).content.decode()


def test_each_member_is_counted_against_the_quizzes_meant_for_their_audience(client, world):
    """A module for user representatives and one for professionals, each with
    a quiz: the professional member's count leaves out the user
    representatives' quiz, and the other way round; the quiz for everyone
    counts for both."""
    course, mine, member = world["course"], world["mine"], world["member"]
    quizzes, lessons = {}, {}
    for audience in ("user_representative", "professional"):
        module = ModulePageFactory(parent=course, title=f"Modul for {audience}", audience=audience)
        quizzes[audience] = build_quiz(["single"], title=f"Test for {audience}")
        lessons[audience] = LessonPageFactory(
            parent=module, title="Test", completion_rule="quiz", body=[("quiz", quizzes[audience])]
        )
    user_rep = ParticipantFactory(
        cohort=world["cohort"], group=mine, user=UserRepresentativeFactory(last_name="Bruker")
    )
    course_services.course_enrol(user=user_rep.user, course=course, source="cohort")
    take_quiz(user_rep.user, quizzes["user_representative"], lessons["user_representative"], right=True)

    rows = {row.participant.pk: row for row in cohorts_selectors.group_members(group=mine)}
    # Mona (professional) passed the quiz for everyone; the professionals' quiz is hers too.
    assert (rows[member.pk].quizzes_passed, rows[member.pk].quizzes_total) == (1, 2)
    # The user representative passed their own quiz, not yet the one for everyone.
    assert (rows[user_rep.pk].quizzes_passed, rows[user_rep.pk].quizzes_total) == (1, 2)

    detail = cohorts_selectors.member_detail(participant=user_rep)
    assert [title for title, _result in detail.quizzes] == [
        "Kunnskapstest om brukermedvirkning",
        "Test for user_representative",
    ]
    client.force_login(mine.leader)
    content = client.get(mine.get_absolute_url()).content.decode()
    assert "1/2" in content and "1/3" not in content
