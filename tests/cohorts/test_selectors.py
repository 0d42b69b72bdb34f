"""The selectors the assignments and evaluations apps build on, and the two
pages that read them: whoever is not in a cohort or group gets None / 404."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from cohorts import selectors
from cohorts.cache import ATTENDANCE
from cohorts.models import ParticipantStatus, PreWork
from elearning import user_cache
from modules import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import CourseDayFactory, ParticipantFactory, build_cohort

pytestmark = pytest.mark.django_db


def test_access_selectors(cohort, learner):
    group = cohort.groups.first()
    member = ParticipantFactory(cohort=cohort, user=learner, group=group)
    waiting = ParticipantFactory(cohort=cohort, status=ParticipantStatus.WAITLISTED, waitlisted_at=timezone.now()).user
    stranger = UserFactory()
    course_leader = cohort.leaders.first().user

    assert selectors.cohort_for_participant(learner, cohort.pk) == cohort
    assert selectors.cohort_for_participant(waiting, cohort.pk) is None
    assert selectors.cohort_for_participant(stranger, cohort.pk) is None
    assert selectors.cohort_for_participant(AnonymousUser(), cohort.pk) is None
    assert selectors.participant(learner, cohort) == member
    assert selectors.participant(stranger, cohort) is None

    assert selectors.is_cohort_leader(course_leader, cohort)
    assert not selectors.is_cohort_leader(group.leader, cohort)
    assert not selectors.is_cohort_leader(learner, cohort)
    assert list(selectors.led_groups(group.leader)) == [group]
    assert selectors.can_lead_group(group.leader, group)
    assert selectors.can_lead_group(course_leader, group)
    assert not selectors.can_lead_group(group.leader, cohort.groups.last())
    assert not selectors.can_lead_group(learner, group)

    assert list(selectors.current_cohorts(learner)) == [cohort]
    assert list(selectors.current_cohorts(waiting)) == [cohort]
    cohort.published = False
    cohort.save()
    assert selectors.cohort_for_participant(learner, cohort.pk) is None
    assert list(selectors.current_cohorts(learner)) == []


def _timeline_queries(django_assert_max_num_queries, client, cohort, user):
    client.force_login(user)
    client.get(cohort.get_absolute_url())  # caches warm, as for every later visit
    with django_assert_max_num_queries(40) as captured:
        response = client.get(cohort.get_absolute_url())
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_timeline_shows_states_pre_work_and_links_in_constant_queries(
    client, course_and_lessons, learner, django_assert_max_num_queries
):
    course, built = course_and_lessons
    small = build_cohort(course, days=2, starts_on=timezone.localdate() - datetime.timedelta(days=8))
    large = build_cohort(course, days=8, starts_on=timezone.localdate() - datetime.timedelta(days=8))
    lesson = built[0][1][0]
    for cohort in (small, large):
        ParticipantFactory(cohort=cohort, user=learner, group=cohort.groups.first())
        for day in cohort.days.all():
            PreWork.objects.create(day=day, page=lesson)
            PreWork.objects.create(day=day, page=built[1][0])
    course_services.course_enrol(user=learner, course=course, source="staff")
    course_services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)

    few, content = _timeline_queries(django_assert_max_num_queries, client, small, learner)
    many, content_large = _timeline_queries(django_assert_max_num_queries, client, large, learner)
    assert few == many
    assert "Dag 1" in content_large and "Dag 8" in content_large
    assert 'aria-current="step"' in content_large  # day 2 is next (day 1 ended last week)
    assert "https://møte.example.no/kull" in content
    assert lesson.title in content and built[1][0].title in content


def test_meeting_link_and_guidance_only_for_people_in_the_cohort(client, cohort, learner):
    day = cohort.days.first()
    day.leader_guidance = (
        f'<p>Start med en runde rundt bordet. Se <a linktype="page" id="{cohort.course_id}">kurset</a>.</p>'
    )
    day.save()
    stranger = UserFactory()
    client.force_login(stranger)
    content = client.get(cohort.get_absolute_url()).content.decode()
    assert "møte.example.no" not in content and "runde rundt bordet" not in content
    ParticipantFactory(cohort=cohort, user=learner)
    client.force_login(learner)
    content = client.get(cohort.get_absolute_url()).content.decode()
    assert "møte.example.no" in content and "runde rundt bordet" not in content
    client.force_login(cohort.groups.first().leader)
    content = client.get(cohort.get_absolute_url()).content.decode()
    assert "runde rundt bordet" in content
    assert f'<a href="{cohort.course.url}">kurset</a>' in content  # a link to a page, as rich text stores it


def test_unpublished_cohort_is_404_except_for_leaders(client, cohort, learner):
    cohort.published = False
    cohort.save()
    client.force_login(learner)
    assert client.get(cohort.get_absolute_url()).status_code == 404
    client.logout()
    assert client.get(cohort.get_absolute_url()).status_code == 404
    client.force_login(cohort.leaders.first().user)
    assert client.get(cohort.get_absolute_url()).status_code == 200
    assert client.get("/kull/999999/").status_code == 404


def test_group_page_for_its_leaders_only_in_constant_queries(
    client, course_and_lessons, cohort, django_assert_max_num_queries
):
    course, built = course_and_lessons
    mine, theirs = cohort.groups.all()
    member = ParticipantFactory(cohort=cohort, group=mine, user=UserFactory(first_name="Mona")).user
    stranger = ParticipantFactory(cohort=cohort, group=theirs).user
    course_services.course_enrol(user=member, course=course, source="staff")
    course_services.lesson_mark_complete(user=member, lesson_id=built[0][1][0].pk)
    url = mine.get_absolute_url()

    client.force_login(mine.leader)
    client.get(url)  # caches warm
    user_cache.bump_shared(ATTENDANCE)  # the page read afresh (cohorts.learner_html), the members' list not
    with django_assert_max_num_queries(30) as few:
        response = client.get(url)
    content = response.content.decode()
    assert response.status_code == 200 and member.last_name in content and "25 %" in content
    assert stranger.last_name not in content
    for _index in range(4):
        ParticipantFactory(cohort=cohort, group=mine)
    client.get(url)
    user_cache.bump_shared(ATTENDANCE)
    with django_assert_max_num_queries(30) as many:
        assert client.get(url).status_code == 200
    assert len(few.captured_queries) == len(many.captured_queries)

    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert client.get(f"/kull/{cohort.pk}/grupper/{theirs.pk + 100}/").status_code == 404
    client.force_login(cohort.leaders.first().user)  # a course leader sees every group
    assert client.get(theirs.get_absolute_url()).status_code == 200
    for outsider in (member, stranger, UserFactory()):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to log in


def test_dashboard_lists_cohorts_and_led_groups(client, cohort, learner):
    ParticipantFactory(cohort=cohort, user=learner)
    client.force_login(learner)
    content = client.get("/kurs-handling/mine-kurs/").content.decode()
    assert cohort.title in content and cohort.get_absolute_url() in content
    assert f"{cohort.title}</a> – {cohort.course.title}" in content
    group = cohort.groups.first()
    client.force_login(group.leader)
    content = client.get("/kurs-handling/mine-kurs/").content.decode()
    assert group.get_absolute_url() in content and f"{cohort.title}, {cohort.course.title}" in content


def test_course_day_factory_days_are_a_week_apart(cohort):
    first, second = list(cohort.days.order_by("number"))[:2]
    assert second.starts_at - first.starts_at == datetime.timedelta(days=7)
    CourseDayFactory(cohort=cohort, number=6)
