"""The cohort's calendar (.ics): one event per course day with a stable UID
and SEQUENCE = the day's ics_sequence, so calendar apps move a day that was
moved. Built with icalendar through theme sessions' calendar builder."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Event

from elearning.site_url import absolute_url
from theme_sessions.ics import OSLO, build_calendar


def day_uid(day_id: int) -> str:
    """Stable for the life of the day, whatever changes."""
    return f"cohort-day-{day_id}@{urlsplit(settings.SITE_URL).hostname or 'helsepedagogikk.no'}"


def day_event(day, *, cohort, with_link: bool, sequence: int | None = None) -> Event:
    url = absolute_url(cohort.get_absolute_url())
    event = Event()
    event.add("uid", day_uid(day.pk))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", day.starts_at.astimezone(OSLO))
    event.add("dtend", day.ends_at.astimezone(OSLO))
    summary = f"{day.label}: {day.title}" if day.title else str(day.label)
    event.add("summary", f"{cohort.course.title} – {summary}")
    place = ", ".join(p for p in (day.room, day.address) if p)
    if day.is_digital:
        place = (day.meeting_url if with_link else "") or _("Online")
    event.add("location", place or _("The place will be announced"))
    event.add("description", strip_tags(f"{cohort.title}\n\n{url}"))
    event.add("url", url)
    event.add("sequence", day.ics_sequence if sequence is None else sequence)
    event.add("status", "CONFIRMED")
    return event


def cohort_ics(cohort, days, *, with_link: bool) -> bytes:
    events = [day_event(day, cohort=cohort, with_link=with_link) for day in days]
    return build_calendar(events, name=f"{cohort.course.title} – {cohort.title}")


def day_ics(day, *, cohort, sequence: int) -> bytes:
    return build_calendar([day_event(day, cohort=cohort, with_link=True, sequence=sequence)])
