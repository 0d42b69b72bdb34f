"""Staff run cohorts in the Wagtail admin: the save-time rules refuse a
cohort without a user-representative leader and a day moved into the past,
with clear Norwegian messages; moving a day tells the participants; a cohort
is copied to new dates; participants are added by e-mail."""

import datetime
import re

import holidays
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from accounts.models import Role
from cohorts import calendar
from cohorts.models import Cohort, CourseDay, Participant
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.cohorts import CohortFactory, LocalGroupFactory, ParticipantFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(StaffFactory())
    return client


def _cohort_data(course, leaders, published=True):
    start = timezone.localdate() + datetime.timedelta(days=30)
    return nested_form_data(
        {
            "course": course.pk,
            "title": "Kull våren 2027",
            "slug": "kull-varen-2027",
            "starts_on": start.isoformat(),
            "ends_on": (start + datetime.timedelta(days=56)).isoformat(),
            "capacity": 24,
            "enrolment_opens_at": "",
            "enrolment_closes_at": "",
            "published": "on" if published else "",
            "leaders": inline_formset([{"user": user.pk, "role": role} for user, role in leaders]),
            "groups": inline_formset([{"name": "Gruppe Bergen", "leader": "", "co_leader": ""}]),
        }
    )


def test_a_published_cohort_needs_a_user_representative_leader(staff_client, course):
    url = reverse("wagtailsnippets_cohorts_cohort:add")
    professional, representative = UserFactory(), UserFactory()
    response = staff_client.post(url, _cohort_data(course, [(professional, Role.PROFESSIONAL)]))
    assert response.status_code == 200
    assert "brukerrepresentant som medkursleder" in response.content.decode()
    assert not Cohort.objects.exists()

    data = _cohort_data(course, [(professional, Role.PROFESSIONAL), (representative, Role.USER_REPRESENTATIVE)])
    response = staff_client.post(url, data)
    assert response.status_code == 302
    cohort = Cohort.objects.get()
    assert cohort.published and cohort.leaders.count() == 2 and cohort.groups.get().name == "Gruppe Bergen"


def test_a_cohort_that_ends_before_it_starts_is_refused_on_its_last_day(staff_client, course):
    data = _cohort_data(course, [], published=False)
    data["ends_on"] = (datetime.date.fromisoformat(data["starts_on"]) - datetime.timedelta(days=1)).isoformat()
    response = staff_client.post(reverse("wagtailsnippets_cohorts_cohort:add"), data)
    assert response.status_code == 200
    assert response.context["form"].errors == {"ends_on": [nb("The last day must be on or after the first day.")]}
    assert not Cohort.objects.exists()


def test_the_cohort_and_participant_listings_speak_norwegian(staff_client, cohort):
    ParticipantFactory(cohort=cohort)
    cohorts = staff_client.get(reverse("wagtailsnippets_cohorts_cohort:list")).content.decode()
    participants = staff_client.get(reverse("wagtailsnippets_cohorts_participant:list")).content.decode()
    assert nb("published").capitalize() in cohorts and not re.search(r"\b(True|False)\b", cohorts)
    headers = re.findall(r'title="([^"]*)"[^>]*>\s*([^<]+?)\s*</a>\s*</th>', participants)
    assert [label for _title, label in headers][:2] == [nb("participant").capitalize(), nb("cohort").capitalize()]
    assert all("Sort by" not in title for title, _label in headers)


def _day_data(day, **changes):
    values = {
        "cohort": day.cohort_id,
        "number": day.number,
        "title": day.title,
        "starts_at": timezone.localtime(day.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": timezone.localtime(day.ends_at).strftime("%Y-%m-%d %H:%M"),
        "format": day.format,
        "meeting_url": day.meeting_url,
        "room": day.room,
        "address": day.address,
        "parts": inline_formset([]),
        "pre_work": inline_formset([]),
        "leader_guidance": rich_text(""),
    }
    values.update(changes)
    return nested_form_data(values)


def test_a_day_moved_into_the_past_is_refused_and_a_moved_day_is_announced(
    staff_client, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    member = ParticipantFactory(cohort=cohort).user
    day = cohort.days.get(number=3)
    url = reverse("wagtailsnippets_cohorts_courseday:edit", args=[day.pk])
    past = (timezone.localtime() - datetime.timedelta(days=2)).replace(hour=9, minute=0)
    response = staff_client.post(
        url,
        _day_data(
            day,
            starts_at=past.strftime("%Y-%m-%d %H:%M"),
            ends_at=(past + datetime.timedelta(hours=6)).strftime("%Y-%m-%d %H:%M"),
        ),
    )
    assert response.status_code == 200
    assert "En kursdag kan ikke flyttes til et tidspunkt som har vært" in response.content.decode()
    assert CourseDay.objects.get(pk=day.pk).starts_at == day.starts_at

    later = timezone.localtime(day.starts_at) + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            url,
            _day_data(
                day,
                starts_at=later.strftime("%Y-%m-%d %H:%M"),
                ends_at=(later + datetime.timedelta(hours=6)).strftime("%Y-%m-%d %H:%M"),
            ),
        )
    assert response.status_code == 302
    assert CourseDay.objects.get(pk=day.pk).ics_sequence == 1
    assert [m.to for m in mailoutbox] == [[member.email]]

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # only the title: no news for calendars
        assert staff_client.post(url, _day_data(CourseDay.objects.get(pk=day.pk), title="Ny tittel")).status_code == 302
    assert mailoutbox == [] and CourseDay.objects.get(pk=day.pk).ics_sequence == 1


def test_copy_a_cohort_from_the_admin(staff_client, cohort):
    url = reverse("cohorts_admin:copy", args=[cohort.pk])
    assert staff_client.get(url).status_code == 200
    listing = staff_client.get(reverse("wagtailsnippets_cohorts_cohort:list")).content.decode()
    assert url in listing
    start = cohort.starts_on + datetime.timedelta(days=182)
    response = staff_client.post(url, {"title": "Kull høsten 2027", "starts_on": start.isoformat()})
    copy = Cohort.objects.get(title="Kull høsten 2027")
    assert response.status_code == 302 and copy.days.count() == 5 and not copy.published
    response = staff_client.post(url, {"title": "Kull i fortiden", "starts_on": "2020-01-06"})
    assert response.status_code == 200 and "har vært" in response.content.decode()


def test_add_participants_by_email(staff_client, cohort):
    group = cohort.groups.first()
    form = staff_client.get(reverse("cohorts_admin:add_participants")).content.decode()
    assert f"{group.name} ({cohort.title})" in form  # several cohorts may have a group of that name
    known = UserFactory()
    ParticipantFactory(cohort=cohort, user=(already := UserFactory()))
    response = staff_client.post(
        reverse("cohorts_admin:add_participants"),
        {
            "cohort": cohort.pk,
            "group": group.pk,
            "emails": f"{known.email.upper()}; ukjent@example.no\n{already.email}",
        },
    )
    assert response.status_code == 200
    assert Participant.objects.get(user=known).group == group
    content = response.content.decode()
    assert "ukjent@example.no" in content


def test_admin_views_refuse_learners(client, cohort, learner):
    client.force_login(learner)
    for url in (reverse("cohorts_admin:copy", args=[cohort.pk]), reverse("cohorts_admin:add_participants")):
        assert client.get(url).status_code == 403  # signed in, no admin access: not sent to log in again


def _first(weekday: int) -> datetime.date:
    """The first ``weekday`` of September next year: five weeks on from it hold no Norwegian public holiday."""
    day = datetime.date(timezone.localdate().year + 1, 9, 1)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def test_copying_to_a_weekend_warns_staff_about_each_day_off(staff_client, cohort):
    url = reverse("cohorts_admin:copy", args=[cohort.pk])

    on_monday = staff_client.post(url, {"title": "Kull mandag", "starts_on": _first(0).isoformat()})
    on_saturday = staff_client.post(url, {"title": "Kull lørdag", "starts_on": _first(5).isoformat()})

    assert [m.level_tag for m in get_messages(on_monday.wsgi_request)] == ["success"]
    warnings = [str(m) for m in get_messages(on_saturday.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert warnings[0] == nb(
        "These course days fall on a weekend or a public holiday in Norway: %(days)s. "
        "Move them under “Course days” if that was not meant."
    ) % {"days": calendar.describe(calendar.days_off(Cohort.objects.get(title="Kull lørdag").days.all()))}
    assert warnings[0].count("lørdag") == 5 and "Dag 1 (lørdag" in warnings[0] and "Dag 5 (lørdag" in warnings[0]


def test_copying_onto_a_public_holiday_names_it():
    day = CourseDay(number=2, starts_at=timezone.make_aware(datetime.datetime(2027, 5, 17, 9)))

    assert calendar.describe(calendar.days_off([day])) == "Dag 2 (Andre pinsedag; Grunnlovsdag, 17. mai 2027)"


def test_a_course_day_saved_on_a_public_holiday_is_kept_with_a_warning(staff_client, cohort):
    day = cohort.days.get(number=5)
    norway = holidays.country_holidays("NO", years=timezone.localdate().year + 1, language="no")
    ascension = next(date for date, name in norway.items() if name == "Kristi himmelfartsdag")
    starts = datetime.datetime.combine(ascension, datetime.time(9))
    response = staff_client.post(
        reverse("wagtailsnippets_cohorts_courseday:edit", args=[day.pk]),
        _day_data(
            day, starts_at=starts.strftime("%Y-%m-%d %H:%M"), ends_at=starts.replace(hour=15).strftime("%Y-%m-%d %H:%M")
        ),
    )

    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1 and "Dag 5 (Kristi himmelfartsdag" in warnings[0]
    assert timezone.localtime(CourseDay.objects.get(pk=day.pk).starts_at).date() == ascension


def test_staff_move_a_participant_only_between_their_cohorts_groups(staff_client, course, cohort):
    other = CohortFactory(course=course, title="Kull høsten 2027")
    mine = LocalGroupFactory(cohort=cohort, name="Gruppe Tromsø")  # the factory's names are "Gruppe <n>"
    theirs = LocalGroupFactory(cohort=other, name="Gruppe Tromsø")
    participant = ParticipantFactory(cohort=cohort)
    url = reverse("wagtailsnippets_cohorts_participant:edit", args=[participant.pk])

    page = staff_client.get(url).content.decode()
    assert f"Gruppe Tromsø ({cohort.title})" in page
    assert other.title not in page  # the other cohort's "Gruppe Tromsø" is no choice

    response = staff_client.post(url, {"group": theirs.pk})
    assert response.status_code == 200  # the form again, with the choice refused
    participant.refresh_from_db()
    assert participant.group_id is None

    response = staff_client.post(url, {"group": mine.pk})
    assert response.status_code == 302
    participant.refresh_from_db()
    assert participant.group_id == mine.pk


def test_no_seat_is_given_past_the_seat_allocation_in_the_admin(staff_client, cohort):
    participant = ParticipantFactory(cohort=cohort)
    listing = staff_client.get(reverse("wagtailsnippets_cohorts_participant:list")).content.decode()
    assert reverse("wagtailsnippets_cohorts_participant:add") not in listing
    assert staff_client.get(reverse("wagtailsnippets_cohorts_participant:add")).status_code == 302  # refused
    staff_client.post(
        reverse("wagtailsnippets_cohorts_participant:edit", args=[participant.pk]), {"group": "", "status": "cancelled"}
    )
    participant.refresh_from_db()
    assert participant.status == "confirmed"  # the status is not edited here
