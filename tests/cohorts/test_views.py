"""The learner's and the leaders' pages: enrol and "Meld deg av" as plain
form posts, the calendar (download and private feed), the leaders'
overview, attendance (ticked and imported), group messages. Anyone not in
the cohort or group gets 404 on every URL."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from cohorts.models import Attendance, GroupMessage, Participant
from elearning.fragments import CSRF_HOLE
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, days_started
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_enrol_and_cancel_from_the_cohort_page(client, cohort, learner):
    url = cohort.get_absolute_url()
    client.force_login(learner)
    content = client.get(url).content.decode()
    assert reverse("cohorts:enrol", args=[cohort.pk]) in content and "møte.example.no" not in content
    response = client.post(reverse("cohorts:enrol", args=[cohort.pk]))
    assert response.status_code == 302 and response.url == url
    assert Participant.objects.get(user=learner).status == "confirmed"
    content = client.get(url).content.decode()
    assert "møte.example.no" in content and reverse("cohorts:cancel", args=[cohort.pk]) in content
    assert client.post(reverse("cohorts:cancel", args=[cohort.pk])).status_code == 302
    assert Participant.objects.get(user=learner).status == "cancelled"


def test_the_cohort_page_breadcrumb_fits_who_reads_it(client, cohort, learner):
    """Someone not signed in has no "Mine kurs": the breadcrumb is the course."""
    dashboard = f'href="{reverse("modules:dashboard")}"'
    content = client.get(cohort.get_absolute_url()).content.decode()
    breadcrumb = content.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert dashboard not in breadcrumb and f'href="{cohort.course.url}"' in breadcrumb
    client.force_login(learner)
    content = client.get(cohort.get_absolute_url()).content.decode()
    breadcrumb = content.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert dashboard in breadcrumb and f'href="{cohort.course.url}"' in breadcrumb


def test_course_page_lists_cohorts_to_enrol_in(client, course, cohort, learner):
    client.force_login(learner)
    content = client.get(course.url).content.decode()
    assert cohort.get_absolute_url() in content and cohort.title in content
    assert reverse("modules:enrol", args=[course.pk]) not in content  # a cohort course: enrol in a cohort


def test_calendar_download_and_private_feed(client, cohort, learner):
    member = ParticipantFactory(cohort=cohort, user=learner)
    client.force_login(learner)
    response = client.get(reverse("cohorts:calendar", args=[cohort.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 5 and {int(e["SEQUENCE"]) for e in events} == {0}
    client.logout()
    feed = client.get(reverse("cohorts:calendar_feed", args=[member.calendar_token]))
    assert feed.status_code == 200 and "https://møte.example.no/kull" in feed.content.decode()
    assert client.get(reverse("cohorts:calendar_feed", args=["feil-token"])).status_code == 404
    Participant.objects.filter(pk=member.pk).update(status="cancelled")
    assert client.get(reverse("cohorts:calendar_feed", args=[member.calendar_token])).status_code == 404


def test_leaders_mark_and_import_attendance(client, cohort, learner):
    member = ParticipantFactory(cohort=cohort, user=learner)
    days_started(cohort)
    day = cohort.days.get(number=1)
    client.force_login(cohort.leaders.first().user)
    url = reverse("cohorts:attendance", args=[cohort.pk, day.pk])
    assert learner.last_name in client.get(url).content.decode()
    assert client.post(url, {"present": [str(member.pk)]}).status_code == 302
    assert Attendance.objects.get(day=day, participant=member).present

    day2 = cohort.days.get(number=2)
    import_url = reverse("cohorts:attendance_import", args=[cohort.pk, day2.pk])
    bad = SimpleUploadedFile("deltakere.csv", b"Navn;E-post\nKari;ukjent@example.no\n", content_type="text/csv")
    response = client.post(import_url, {"file": bad})
    assert response.status_code == 422 and "ukjent@example.no" in response.content.decode()
    good = SimpleUploadedFile("deltakere.csv", f"Navn;E-post\nOla;{learner.email}\n".encode(), content_type="text/csv")
    assert client.post(import_url, {"file": good}).status_code == 302
    assert Attendance.objects.get(day=day2, participant=member).source == "import"
    overview = client.get(reverse("cohorts:overview", args=[cohort.pk])).content.decode()
    assert learner.last_name in overview


def test_group_message_from_the_group_page(client, cohort, mailoutbox, django_capture_on_commit_callbacks):
    group = cohort.groups.first()
    member = ParticipantFactory(cohort=cohort, group=group).user
    client.force_login(group.leader)
    url = reverse("cohorts:group_message", args=[cohort.pk, group.pk])
    response = client.post(url, {"subject": "", "body": "Husk å ta med praksisfortellingen."})
    assert response.status_code == 422 and "Husk å ta med praksisfortellingen." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"subject": "Før kursdag 3", "body": "Husk å ta med praksisfortellingen."})
    assert response.status_code == 302 and [m.to for m in mailoutbox] == [[member.email]]
    assert "Før kursdag 3" in client.get(group.get_absolute_url()).content.decode()
    assert GroupMessage.objects.count() == 1


def test_the_message_urls_on_get_go_back_to_the_form(client, cohort):
    """After a refused send the address bar shows the POST-only message URL:
    a reload or a bookmark of it leads to the form, not a blank 405."""
    group = cohort.groups.first()
    client.force_login(group.leader)
    response = client.get(reverse("cohorts:group_message", args=[cohort.pk, group.pk]))
    assert response.status_code == 302 and response.url == group.get_absolute_url()
    client.force_login(cohort.leaders.first().user)
    response = client.get(reverse("cohorts:cohort_message", args=[cohort.pk]))
    assert response.status_code == 302 and response.url == reverse("cohorts:progress", args=[cohort.pk])
    client.force_login(UserFactory())  # someone else: still 404
    assert client.get(reverse("cohorts:group_message", args=[cohort.pk, group.pk])).status_code == 404
    assert client.get(reverse("cohorts:cohort_message", args=[cohort.pk])).status_code == 404


def test_a_refused_message_puts_focus_on_the_error_summary(client, cohort):
    group = cohort.groups.first()
    client.force_login(group.leader)
    url = reverse("cohorts:group_message", args=[cohort.pk, group.pk])
    response = client.post(url, {"subject": "", "body": "Husk å ta med praksisfortellingen."})
    assert response.status_code == 422
    content = response.content.decode()
    assert 'tabindex="-1" autofocus id="message-errors"' in content
    # The summary names the field and links to it: "Emne: Fyll ut dette feltet."
    assert f'<a class="ds-link" href="#id_subject">{nb("Subject")}</a>: {nb("This field is required.")}' in content
    # The page around the form is the group page, with the CSRF token put in (no placeholder left).
    assert group.name in content and 'name="csrfmiddlewaretoken"' in content and CSRF_HOLE not in content


def test_every_url_is_404_for_someone_outside(client, cohort):
    day = cohort.days.first()
    group = cohort.groups.first()
    member = ParticipantFactory(cohort=cohort, group=group)
    outsider_urls = {
        "get": [
            reverse("cohorts:calendar", args=[cohort.pk]),
            reverse("cohorts:overview", args=[cohort.pk]),
            reverse("cohorts:attendance", args=[cohort.pk, day.pk]),
            reverse("cohorts:group", args=[cohort.pk, group.pk]),
        ],
        "post": [
            reverse("cohorts:cancel", args=[cohort.pk]),
            reverse("cohorts:attendance", args=[cohort.pk, day.pk]),
            reverse("cohorts:attendance_import", args=[cohort.pk, day.pk]),
            reverse("cohorts:group_message", args=[cohort.pk, group.pk]),
        ],
    }
    client.force_login(UserFactory())
    for url in outsider_urls["get"]:
        assert client.get(url).status_code == 404, url
    for url in outsider_urls["post"]:
        assert client.post(url).status_code == 404, url
    # A participant is not a leader: the leaders' pages are 404 for them too.
    client.force_login(member.user)
    for url in outsider_urls["get"][1:] + outsider_urls["post"][1:]:
        response = client.get(url) if url in outsider_urls["get"] else client.post(url)
        assert response.status_code == 404, url
    # An unpublished cohort: 404 for enrolling and for its page.
    cohort.published = False
    cohort.save()
    client.force_login(UserFactory())
    assert client.post(reverse("cohorts:enrol", args=[cohort.pk])).status_code == 404
    # Another cohort's day or group under this cohort's address: 404.
    other_day = cohort.days.last()
    client.force_login(cohort.leaders.first().user)
    assert client.get(reverse("cohorts:attendance", args=[cohort.pk + 1000, other_day.pk])).status_code == 404
    assert client.get(reverse("cohorts:group", args=[cohort.pk + 1000, group.pk])).status_code == 404


def test_enrolment_window_closed_gives_a_message_not_an_error(client, cohort, learner):
    cohort.enrolment_opens_at = timezone.now() + datetime.timedelta(days=3)
    cohort.save()
    client.force_login(learner)
    response = client.post(reverse("cohorts:enrol", args=[cohort.pk]), follow=True)
    assert response.status_code == 200 and "Påmeldingen til dette kullet er ikke åpen." in response.content.decode()
    assert not Participant.objects.exists()


def _first_day_on_3_december(cohort):
    day = cohort.days.order_by("number").first()
    starts = timezone.make_aware(datetime.datetime(2026, 12, 3, 10, 0))
    type(day).objects.filter(pk=day.pk).update(starts_at=starts, ends_at=starts.replace(hour=15))
    return day


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "torsdag 3. desember 2026, 10:00</time>–15:00"),
        ("nn", "torsdag 3. desember 2026, 10:00</time>–15:00"),
        ("en", "Thursday 3 December 2026, 10:00</time>–15:00"),
    ],
)
def test_the_cohort_page_writes_dates_in_the_pages_language(client, cohort, language, expected):
    _first_day_on_3_december(cohort)
    with translation.override(language):
        url = cohort.get_absolute_url()
    assert url.startswith({"nb": "/kull/", "nn": "/nn/", "en": "/en/"}[language])
    assert expected in client.get(url).content.decode()


def test_the_group_page_in_english_writes_english_dates(client, cohort):
    _first_day_on_3_december(cohort)
    group = cohort.groups.first()
    ParticipantFactory(cohort=cohort, group=group)
    client.force_login(group.leader)
    content = client.get(reverse("cohorts:group", args=[cohort.pk, group.pk])).content.decode()
    assert "(3. desember)" in content
    with translation.override("en"):
        url = reverse("cohorts:group", args=[cohort.pk, group.pk])
    content = client.get(url).content.decode()
    assert url.startswith("/en/") and "(3 December)" in content and "3. December" not in content
