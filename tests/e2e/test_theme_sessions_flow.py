"""The theme sessions flow in a real browser: find an
upcoming session, sign up as a user and as a guest, get the confirmation
e-mail with a valid calendar file, the waiting list and promotion, the meeting
link appearing in time, the recording with transcript afterwards, and the
podcast feed. axe runs on every new page type."""

import datetime
import re

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.theme_sessions import (
    EpisodePageFactory,
    PodcastPageFactory,
    SeriesPageFactory,
    SessionPageFactory,
    ThemeSessionIndexPageFactory,
    add_recording,
)
from tests.i18n import nb
from theme_sessions import services
from theme_sessions.models import Registration, RegistrationStatus, SessionPage

pytestmark = pytest.mark.django_db(transaction=True)

PARTICIPANT = "kari.deltaker@example.no"


@pytest.fixture
def sessions(home, settings, tmp_path):
    """A series with an upcoming online session on health literacy, a workshop
    with one seat left (a participant has one of the two taken), and a past
    session with its recording; a podcast of three episodes."""
    settings.MEDIA_ROOT = tmp_path / "media"
    index = ThemeSessionIndexPageFactory(parent=home)
    series = SeriesPageFactory(parent=index, title="Digitale temasamlinger våren 2027")
    upcoming = SessionPageFactory(
        parent=series, title="Helsekompetanse i digitale kurs", slug="helsekompetanse-i-digitale-kurs"
    )
    upcoming.topics.add("Helsekompetanse")
    upcoming.save()
    workshop = SessionPageFactory(parent=series, title="Verksted: evaluering av digitale tilbud", capacity=3)
    start = timezone.now() - datetime.timedelta(days=7)
    past = SessionPageFactory(
        parent=series,
        title="Grupperom i videomøter: små samtaler på stor skjerm",
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    add_recording(past)
    podcast = PodcastPageFactory(parent=home)
    for title in ("Å undervise sammen", "Brukerkunnskap i praksis", "Digitale kurs"):
        EpisodePageFactory(parent=podcast, title=title)
    participant = UserFactory(email=PARTICIPANT)
    for user in (participant, UserFactory()):
        services.registration_create_for_user(session_id=workshop.pk, user=user)
    return upcoming


def _log_out(page):
    page.get_by_role("button", name=nb("Log out")).click()
    page.wait_for_load_state()


def _ics_from(message):
    name, data, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    return Calendar.from_ical(data)


def test_find_sign_up_guest_waiting_list_meeting_link_recording_and_podcast(
    page, live_server, login, sessions, mailoutbox
):
    # Find an upcoming session from the front page.
    page.goto("/")
    page.get_by_role("navigation", name=nb("Main menu")).get_by_role("link", name=nb("Theme sessions")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_label(nb("Topic"), exact=True).select_option("Helsekompetanse")
    page.get_by_role("button", name=nb("Show sessions")).click()
    page.wait_for_load_state()
    page.get_by_role("link", name="Helsekompetanse i digitale kurs").click()
    page.wait_for_load_state()
    session_url = page.url
    assert_accessible(page)
    session = SessionPage.objects.get(slug="helsekompetanse-i-digitale-kurs")

    # Sign up as a logged-in user (the htmx path swaps the registration box).
    login(PARTICIPANT, PASSWORD)
    page.goto(session_url)
    mailoutbox.clear()
    page.get_by_role("button", name=nb("Sign up"), exact=True).click()
    page.get_by_text(nb("You are registered."), exact=True).wait_for()
    link_note = nb("The meeting link appears here %(minutes)s minutes before start (at %(time)s).")
    assert link_note.split("%(time)s")[0] % {"minutes": 30} in page.content()
    assert page.get_by_role("link", name=nb("Join the meeting")).count() == 0
    assert len(mailoutbox) == 1
    event = _ics_from(mailoutbox[0]).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == session.title
    assert event.decoded("DTSTART") == session.start

    # The meeting link appears when the session is about to start.
    start = timezone.now() + datetime.timedelta(minutes=10)
    SessionPage.objects.filter(pk=session.pk).update(start=start, end=start + datetime.timedelta(hours=1))
    page.reload()
    join = page.get_by_role("link", name=nb("Join the meeting"))
    assert join.get_attribute("href") == session.meeting_link
    assert_accessible(page)
    _log_out(page)

    # Sign up as a guest, confirmed by the link in the e-mail.
    mailoutbox.clear()
    page.goto(session_url)
    page.get_by_role("link", name=nb("Sign up without an account")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_role("button", name=nb("Sign up")).click()  # empty form: errors, not a crash
    page.wait_for_load_state()
    assert_accessible(page)
    page.locator("#id_name").fill("Gunn Gjest")
    page.locator("#id_email").fill("gunn.gjest@example.no")
    page.locator("#id_workplace").fill("Bodø kommune")
    page.get_by_role(
        "checkbox", name=nb("I agree that my name, e-mail address and workplace are stored for this session.")
    ).check()
    page.get_by_role("button", name=nb("Sign up")).click()
    page.get_by_role("heading", name=nb("Check your e-mail")).wait_for()
    assert len(mailoutbox) == 1
    link = re.search(r"https?://\S+(/temasamlinger-handling/gjest/bekreft/\S+/)", mailoutbox[0].body).group(1)
    page.goto(link)
    assert_accessible(page)
    page.get_by_role("button", name=nb("Confirm registration")).click()
    page.get_by_role("heading", name=nb("Your registration")).wait_for()
    assert nb("You are registered.") in page.content()
    assert page.get_by_role("link", name=nb("Join the meeting")).is_visible()
    assert_accessible(page)
    assert _ics_from(mailoutbox[-1]).walk("VEVENT")[0]["UID"] == event["UID"]

    # The workshop has one seat left: one person takes it, the next waits,
    # and is promoted (and told by e-mail) when the first cancels.
    first, second = UserFactory(), UserFactory()
    workshop = SessionPage.objects.get(capacity=3)
    login(first.email, PASSWORD)
    page.goto(workshop.url)
    page.get_by_role("button", name=nb("Sign up"), exact=True).click()
    page.get_by_text(nb("You are registered."), exact=True).wait_for()
    _log_out(page)
    login(second.email, PASSWORD)
    page.goto(workshop.url)
    page.get_by_role("button", name=nb("Join the waiting list")).click()
    page.get_by_text(nb("You are number %(position)s on the waiting list.") % {"position": 1}).first.wait_for()
    assert Registration.objects.get(user=second).status == RegistrationStatus.WAITLISTED
    _log_out(page)
    mailoutbox.clear()
    login(first.email, PASSWORD)
    page.goto(workshop.url)
    page.get_by_role("button", name=nb("Cancel registration")).click()
    page.get_by_text(nb("Your registration is cancelled.")).first.wait_for()
    assert Registration.objects.get(user=second).status == RegistrationStatus.CONFIRMED
    assert [m.to for m in mailoutbox] == [[second.email]]
    _log_out(page)
    login(second.email, PASSWORD)
    page.goto(workshop.url)
    assert page.get_by_text(nb("You are registered."), exact=True).is_visible()
    _log_out(page)

    # Afterwards: the recording with captions, chapters and transcript.
    page.goto("/temasamlinger/")
    page.get_by_role("link", name="Grupperom i videomøter: små samtaler på stor skjerm").click()
    page.wait_for_load_state()
    assert page.locator("video track[kind=captions]").count() == 1
    assert page.get_by_role("heading", name=nb("Transcript")).is_visible()
    assert "Farah: Velkommen." in page.content()
    assert_accessible(page)
    page.get_by_role("link", name="Digitale temasamlinger våren 2027").first.click()
    page.wait_for_load_state()
    assert_accessible(page)

    # Subscribe to the podcast.
    page.get_by_role("navigation", name=nb("Main menu")).get_by_role("link", name=nb("Podcast")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    feed_url = page.get_by_label(nb("Feed address (RSS)")).input_value()
    feed = feedparser.parse(page.request.get(feed_url).body())
    assert not feed.bozo and len(feed.entries) == 3
    assert all(entry.enclosures[0].type == "audio/mpeg" for entry in feed.entries)
    page.get_by_role("link", name=re.compile("Å undervise sammen")).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name=nb("Transcript")).is_visible()
    assert_accessible(page)


def test_my_sessions_and_calendar_feed(page, live_server, login, sessions):
    login(PARTICIPANT, PASSWORD)
    page.goto("/temasamlinger-handling/mine/")
    assert_accessible(page)
    feed_url = page.get_by_label(nb("Private calendar address")).input_value()
    calendar = Calendar.from_ical(page.request.get(feed_url).body())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Verksted: evaluering av digitale tilbud"]
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(SessionPage.objects.get(capacity=3).url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
