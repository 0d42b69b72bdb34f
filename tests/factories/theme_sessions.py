import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtailmedia.models import Media

from tests.factories.pages import PageFactory
from theme_sessions.models import (
    EpisodePage,
    PodcastPage,
    SeriesPage,
    SessionPage,
    SessionSpeaker,
    Speaker,
    ThemeSessionIndexPage,
)

WEBVTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nVelkommen til temasamlingen.\n"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Kari Foredragsholder {n}")
    role = "Sykepleier"
    is_user_representative = False
    bio = "Sykepleier med lang erfaring fra lærings- og mestringssenter."


class ThemeSessionIndexPageFactory(PageFactory):
    class Meta:
        model = ThemeSessionIndexPage

    title = "Temasamlinger"
    slug = "temasamlinger"
    intro = "<p>Digitale temasamlinger og lunsjwebinarer.</p>"


class SeriesPageFactory(PageFactory):
    class Meta:
        model = SeriesPage

    title = factory.Sequence(lambda n: f"Serie {n}")
    slug = factory.Sequence(lambda n: f"serie-{n}")
    intro = "<p>En serie temasamlinger.</p>"


def _start():
    return (timezone.now() + datetime.timedelta(days=7)).replace(microsecond=0)


class SessionPageFactory(PageFactory):
    class Meta:
        model = SessionPage

    title = factory.Sequence(lambda n: f"Temasamling {n}")
    slug = factory.Sequence(lambda n: f"temasamling-{n}")
    summary = "Vi tester et digitalt verktøy sammen."
    description = "<p>Beskrivelse av samlingen.</p>"
    audience = "Fagpersoner og brukerrepresentanter."
    start = factory.LazyFunction(_start)
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=1))
    format = "online"
    location = ""
    capacity = 10
    meeting_link = "https://meet.example.no/temasamling"


class PodcastPageFactory(PageFactory):
    class Meta:
        model = PodcastPage

    title = "Helsepedagogikk-podden"
    slug = "podkast"
    description = "<p>En podkast om læring og mestring.</p>"
    author = "NK LMH"
    owner_email = "podkast@example.no"


def media_file(kind: str = "audio", name: str = "episode.mp3", data: bytes = b"ID3" + b"\0" * 1021) -> Media:
    media = Media(title=name, type=kind, duration=12.5)
    media.file.save(name, ContentFile(data), save=False)
    media.save()
    return media


class EpisodePageFactory(PageFactory):
    class Meta:
        model = EpisodePage

    title = factory.Sequence(lambda n: f"Episode {n}")
    slug = factory.Sequence(lambda n: f"episode-{n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "Om å undervise sammen."
    show_notes = "<p>Notater til episoden.</p>"
    transcript = "Håkon: Velkommen til podden."
    audio = factory.LazyFunction(media_file)


def add_speaker(session: SessionPage, speaker: Speaker) -> None:
    SessionSpeaker.objects.create(page=session, speaker=speaker)


def add_recording(session: SessionPage) -> SessionPage:
    session.recording = media_file("video", "opptak.mp4", b"\0\0\0\x18ftypmp42" + b"\0" * 1000)
    session.recording_captions.save("opptak.vtt", ContentFile(WEBVTT), save=False)
    session.recording_transcript = "Farah: Velkommen.\n\nIngrid: Takk."
    session.recording_chapters = [("chapter", {"start": "00:00", "title": "Velkommen"})]
    session.save_revision().publish()
    return session
