"""Demo content for theme sessions, lunch webinars and the podcast, from
demo/content/theme_sessions.py. Dates are relative to the day the demo is
loaded and fall on Norwegian working days outside the holiday weeks (demo/dates.py); a series' title
follows its dates. Idempotent: pages, speakers and media are looked up by slug, name or
title and updated in place, and pages are published again only when they
changed; the small media files are committed under demo/media/theme_sessions/
(see build_demo_media)."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.files import File
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtailmedia.models import Media

from accounts.models import User
from demo import dates, pages
from demo.content import theme_sessions as content
from elearning.errors import UserError
from elearning.models import HomePage
from modules.models import LessonPage, ModulePage
from theme_sessions import services
from theme_sessions.models import (
    EpisodePage,
    PodcastPage,
    SeriesPage,
    SessionCredit,
    SessionPage,
    SessionSpeaker,
    Speaker,
    ThemeSessionIndexPage,
)

OSLO = ZoneInfo("Europe/Oslo")
MEDIA_DIR = Path(__file__).resolve().parents[1] / "media" / "theme_sessions"
VIDEO_SECONDS = 24
MP3_BITS_PER_SECOND = 32_000

INDEX = {
    "title": "Temasamlinger",
    "slug": "temasamlinger",
    "intro": (
        "<p>Digitale temasamlinger og lunsjwebinarer fra NK LMH for fagpersoner og erfarne brukere. "
        "Meld deg på kommende samlinger, legg dem i kalenderen din, og finn opptak med teksting, "
        "transkripsjon og kapittelmerker fra samlingene som har vært.</p>"
    ),
}


def _out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _at(day_offset: int, clock: str, today: datetime.date) -> datetime.datetime:
    """At ``clock`` Oslo time on the teaching day ``day_offset`` days from today
    (demo/dates.py: never a weekend or a Norwegian public holiday)."""
    hours, minutes = (int(x) for x in clock.split(":"))
    day = dates.teaching_day(today, day_offset)
    return datetime.datetime(day.year, day.month, day.day, hours, minutes, tzinfo=OSLO)


def _child(parent, model, slug):
    """The child page with this slug, or a new one, and its content as loaded
    (None when new), so that only what changed is published again."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        return model(slug=slug), None
    return page, pages.content(page)


def _save(parent, page, before: dict | None):
    if before is None:
        parent.add_child(instance=page)
    return pages.publish_if_changed(page, before)


def _materials(items):
    return [("material", {"title": m["title"], "text": RichText(m["text"])}) for m in items or []]


def _media(title: str, filename: str, kind: str, duration: float, *, poster: str = "") -> Media:
    media = Media.objects.filter(title=title).first()
    if media is None:
        media = Media(title=title, type=kind, duration=duration)
        with (MEDIA_DIR / filename).open("rb") as handle:
            media.file.save(filename, File(handle), save=False)
        media.save()
    elif media.duration != duration:
        media.duration = duration
        media.save(update_fields=["duration"])
    # The poster is the video's title slide (build_demo_media draws it), so the player is never a black box.
    if poster and (MEDIA_DIR / poster).exists() and not media.thumbnail:
        with (MEDIA_DIR / poster).open("rb") as handle:
            media.thumbnail.save(poster, File(handle), save=False)
        media.save(update_fields=["thumbnail"])
    return media


def _speakers() -> dict[str, Speaker]:
    speakers = {}
    for spec in content.SPEAKERS:
        speaker, _created = Speaker.objects.update_or_create(
            name=spec["name"],
            defaults={
                "role": spec["role"],
                "is_user_representative": spec["is_user_representative"],
                "bio": spec["bio"],
            },
        )
        speakers[spec["key"]] = speaker
    return speakers


def _credits(specs: list[tuple[str, str]]) -> list[SessionCredit]:
    """The lessons attending completes (modules.services.lessons_credit),
    found by module and lesson slug; those not loaded yet are left out."""
    credits = []
    for module_slug, lesson_slug in specs:
        module = ModulePage.objects.filter(slug=module_slug, locale=Locale.get_default()).first()
        lesson = LessonPage.objects.child_of(module).filter(slug=lesson_slug).first() if module else None
        if lesson is not None:
            credits.append(SessionCredit(lesson=lesson, sort_order=len(credits)))
    return credits


def _session(series, spec, speakers, today) -> SessionPage:
    page, before = _child(series, SessionPage, spec["slug"])
    start = _at(spec["day_offset"], spec["start_time"], today)
    page.title = spec["title"]
    page.summary = spec["summary"]
    page.description = spec["description"]
    page.audience = spec["audience"]
    page.start = start
    page.end = start + datetime.timedelta(minutes=spec["duration_minutes"])
    page.format = spec["format"]
    page.location = spec["location"]
    page.capacity = spec["capacity"]
    page.registration_deadline = start - datetime.timedelta(days=2 if spec["format"] == "physical" else 0, hours=1)
    page.meeting_link = "" if spec["format"] == "physical" else f"https://meet.jit.si/helsepedagogikk-{spec['slug']}"
    page.credits = _credits(spec.get("credits", []))
    page.materials_before = _materials(spec.get("materials_before"))
    page.materials_after = _materials(spec.get("materials_after"))
    page.topics.set(spec["topics"])
    page.speakers = [SessionSpeaker(speaker=speakers[key], sort_order=i) for i, key in enumerate(spec["speakers"])]
    recording = spec.get("recording")
    if recording:
        page.recording = _media(
            f"Opptak: {spec['title']}",
            f"{spec['slug']}.mp4",
            "video",
            VIDEO_SECONDS,
            poster=f"{spec['slug']}-poster.png",
        )
        captions = f"theme_sessions/captions/{spec['slug']}.vtt"
        if page.recording_captions.name != captions:
            with (MEDIA_DIR / f"{spec['slug']}.vtt").open("rb") as handle:
                page.recording_captions.storage.delete(captions)
                page.recording_captions.save(f"{spec['slug']}.vtt", File(handle), save=False)
        page.recording_transcript = recording["transcript"]
        page.recording_chapters = [
            ("chapter", {"start": start_, "title": title}) for start_, title in recording["chapters"]
        ]
    return _save(series, page, before)


def _episode(podcast, spec, today) -> EpisodePage:
    page, before = _child(podcast, EpisodePage, spec["slug"])
    path = MEDIA_DIR / f"{spec['slug']}.mp3"
    duration = round(path.stat().st_size * 8 / MP3_BITS_PER_SECOND, 1)
    page.title = spec["title"]
    page.number = spec["number"]
    page.published_at = _at(spec["day_offset"], "07:00", today)
    page.summary = spec["summary"]
    page.show_notes = spec["show_notes"]
    page.transcript = spec["transcript"]
    page.audio = _media(f"Podkast: {spec['title']}", path.name, "audio", duration)
    return _save(podcast, page, before)


def _workshop_guests(workshop: SessionPage, now: datetime.datetime) -> None:
    """Confirmed guests from other services at the workshop (content.WORKSHOP_GUESTS)."""
    for name, workplace in content.WORKSHOP_GUESTS:
        email = f"{slugify(name)}@demo.helsepedagogikk.no"
        guest = services.registration_create_for_guest(
            session_id=workshop.pk, email=email, name=name, workplace=workplace, now=now
        )
        services.guest_registration_confirm(registration_id=guest.pk, round=guest.round, now=now)


def _demo_registrations(sessions: dict[str, SessionPage]) -> None:
    """The demo participant has a seat (and attendance) at a past session and
    a seat at the workshop, which guests from other services have filled up
    to its last seat, so the next person after that goes on the waiting list."""
    participant = User.objects.filter(email="deltaker@demo.helsepedagogikk.no").first()
    representative = User.objects.filter(email="bruker@demo.helsepedagogikk.no").first()
    if participant is None or representative is None:
        return
    past = sessions["grupperom-i-videomoter"]
    workshop = sessions["verksted-evaluering-av-digitale-tilbud"]
    for session, user in ((past, participant), (workshop, participant), (workshop, representative)):
        try:
            services.registration_create_for_user(
                session_id=session.pk, user=user, now=min(timezone.now(), session.start - datetime.timedelta(days=14))
            )
        except UserError as error:
            if error.code != "duplicate":
                raise
    _workshop_guests(workshop, now=min(timezone.now(), workshop.start - datetime.timedelta(days=10)))
    registration = past.registrations.get(user=participant)
    services.attendance_set(session_id=past.pk, attended_ids={registration.pk})


def load(*, stdout=None) -> ThemeSessionIndexPage:
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        raise RuntimeError("Load the elearning demo first (the home page).")
    today = timezone.localdate()
    speakers = _speakers()

    index, before = _child(home, ThemeSessionIndexPage, INDEX["slug"])
    index.title = INDEX["title"]
    index.intro = INDEX["intro"]
    _save(home, index, before)

    sessions: dict[str, SessionPage] = {}
    for series_spec in content.SERIES:
        series, before = _child(index, SeriesPage, series_spec["slug"])
        # The title follows the dates: «våren 2027», or «høsten 2026 og våren 2027» when it spans both.
        season = dates.season_label([dates.teaching_day(today, spec["day_offset"]) for spec in series_spec["sessions"]])
        series.title = series_spec["title"].format(season=season)
        series.intro = series_spec["intro"].format(season=season)
        _save(index, series, before)
        for spec in series_spec["sessions"]:
            sessions[spec["slug"]] = _session(series, spec, speakers, today)

    spec = content.PODCAST
    podcast, before = _child(home, PodcastPage, "podkast")
    podcast.title = spec["title"]
    podcast.description = spec["description"]
    podcast.author = spec["author"]
    podcast.category = spec["category"]
    podcast.owner_email = "podkast@helsepedagogikk.no"
    _save(home, podcast, before)
    for episode in spec["episodes"]:
        _episode(podcast, episode, today)

    _demo_registrations(sessions)
    _out(stdout, f"Theme sessions: {len(sessions)} sessions, {len(spec['episodes'])} podcast episodes.")
    return index
