"""The theme sessions demo (demo/loaders/theme_sessions.py): sessions, recordings
and the podcast, loaded twice without duplicates or new revisions."""

import pytest
from django.utils import timezone
from wagtail.models import Revision

from demo import dates
from demo.loaders import theme_sessions as sessions_demo
from elearning.blocks import chapters_error
from tests.factories.modules import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, ModulePageFactory
from theme_sessions.models import EpisodePage, Registration, RegistrationStatus, SeriesPage, SessionPage, Speaker

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("demo_accounts", "demo_home")
def test_demo_loads_twice_without_duplicates(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        index = sessions_demo.load()
    counts = (
        SessionPage.objects.count(),
        EpisodePage.objects.count(),
        Speaker.objects.count(),
        Registration.objects.count(),
        Revision.objects.count(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        sessions_demo.load()
    assert (
        SessionPage.objects.count(),
        EpisodePage.objects.count(),
        Speaker.objects.count(),
        Registration.objects.count(),
        Revision.objects.count(),  # nothing changed, so nothing is published again
    ) == counts
    assert counts[:2] == (7, 3)
    past = [s for s in SessionPage.objects.all() if s.is_past]
    assert past and all(s.recording_id and s.recording_captions and s.recording_transcript for s in past)
    for session in past:  # a poster, and chapters inside the recording (24 seconds in the demo)
        starts = [block.value["start"] for block in session.recording_chapters]
        assert session.recording.thumbnail and len(starts) >= 2
        assert chapters_error(starts, duration=session.recording.duration) is None, session.slug
    workshop = SessionPage.objects.get(slug="verksted-evaluering-av-digitale-tilbud")
    seats_taken = workshop.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    assert 12 <= workshop.capacity <= 20 and seats_taken == workshop.capacity - 1  # one seat left
    series = SeriesPage.objects.get(slug="digitale-temasamlinger")
    days = [timezone.localtime(s.start).date() for s in SessionPage.objects.child_of(series)]
    assert series.title == f"Digitale temasamlinger {dates.season_label(days)}"  # the title follows the dates
    for url in [index.url, *(p.url for p in SessionPage.objects.all()), *(e.url for e in EpisodePage.objects.all())]:
        assert client.get(url).status_code == 200, url


@pytest.mark.usefixtures("demo_accounts")
def test_demo_session_credits_the_lesson_it_covers(demo_home, django_capture_on_commit_callbacks):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=demo_home))
    module = ModulePageFactory(parent=course, slug="helsekompetanse")
    covered = LessonPageFactory(parent=module, slug="hva-er-helsekompetanse")
    LessonPageFactory(parent=module, slug="klarsprak-og-teach-back")
    with django_capture_on_commit_callbacks(execute=True):
        sessions_demo.load()
    session = SessionPage.objects.get(slug="helsekompetanse-i-digitale-kurs")
    assert list(session.credits.values_list("lesson_id", flat=True)) == [covered.pk]
