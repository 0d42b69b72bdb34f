"""iCalendar files (RFC 5545) with the icalendar library: one event per
session with a stable UID, the Europe/Oslo VTIMEZONE, and the SEQUENCE from
SessionCalendarState so that calendar clients apply changes and cancellations."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from elearning.site_url import absolute_url

OSLO = ZoneInfo("Europe/Oslo")
PRODID = "-//NK LMH//Helsepedagogikk//NB"


def _domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "helsepedagogikk.no"


def session_uid(session_id: int) -> str:
    """Stable for the life of the session, whatever changes on the page."""
    return f"theme-session-{session_id}@{_domain()}"


def session_event(session, *, sequence: int, waitlisted: bool = False) -> Event:
    url = absolute_url(session.url or "/")
    event = Event()
    event.add("uid", session_uid(session.pk))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", session.start.astimezone(OSLO))
    event.add("dtend", session.end.astimezone(OSLO))
    summary = session.title
    if waitlisted:
        summary = _("%(title)s (waiting list)") % {"title": session.title}
    event.add("summary", summary)
    event.add("description", f"{session.summary}\n\n{url}")
    event.add("url", url)
    event.add("location", session.location or _("Online"))
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if session.cancelled else ("TENTATIVE" if waitlisted else "CONFIRMED"))
    organizer = vCalAddress(f"mailto:{settings.DEFAULT_FROM_EMAIL.split('<')[-1].rstrip('>')}")
    organizer.params["cn"] = vText("NK LMH")
    event.add("organizer", organizer)
    return event


def build_calendar(events: list[Event], *, method: str = "PUBLISH", name: str | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", "Europe/Oslo")
    for event in events:
        cal.add_component(event)
    # Adds the VTIMEZONE for Europe/Oslo from zoneinfo (the events use it).
    cal.add_missing_timezones()
    return cal.to_ical()


def session_ics(session, *, sequence: int) -> bytes:
    method = "CANCEL" if session.cancelled else "PUBLISH"
    return build_calendar([session_event(session, sequence=sequence)], method=method)
