import pytest

from theme_sessions.models import EpisodePage, Registration, SessionPage, Speaker

pytestmark = pytest.mark.django_db


def _load():
    from accounts import demo as accounts_demo
    from elearning import demo as site_demo
    from theme_sessions import demo

    accounts_demo.load()
    site_demo.load()
    return demo.load()


def test_demo_loads_twice_without_duplicates(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        index = _load()
    counts = (
        SessionPage.objects.count(),
        EpisodePage.objects.count(),
        Speaker.objects.count(),
        Registration.objects.count(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        _load()
    assert (
        SessionPage.objects.count(),
        EpisodePage.objects.count(),
        Speaker.objects.count(),
        Registration.objects.count(),
    ) == counts
    assert counts[:2] == (7, 3)
    past = [s for s in SessionPage.objects.all() if s.is_past]
    assert past and all(s.recording_id and s.recording_captions and s.recording_transcript for s in past)
    assert SessionPage.objects.filter(capacity=3).exists()
    for url in [index.url, *(p.url for p in SessionPage.objects.all()), *(e.url for e in EpisodePage.objects.all())]:
        assert client.get(url).status_code == 200, url


def test_demo_session_completes_the_course_module_it_covers(demo_site, django_capture_on_commit_callbacks):
    from tests.factories.modules import CourseIndexPageFactory, CoursePageFactory, ModulePageFactory

    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=demo_site))
    module = ModulePageFactory(parent=course, slug="helsekompetanse")
    with django_capture_on_commit_callbacks(execute=True):
        _load()
    session = SessionPage.objects.get(slug="helsekompetanse-i-digitale-kurs")
    assert session.linked_module_id == module.pk
