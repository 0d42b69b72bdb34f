import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import (
    SeriesPageFactory,
    SessionPageFactory,
    SpeakerFactory,
    add_recording,
    add_speaker,
)
from tests.i18n import nb
from theme_sessions import services
from theme_sessions.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def _populate(series, n):
    sessions = []
    for i in range(n):
        s = SessionPageFactory(parent=series)
        s.topics.add(f"Tema {i % 3}")
        s.save()
        add_speaker(s, SpeakerFactory())
        sessions.append(s)
    return sessions


def test_index_lists_upcoming_and_past_with_filters(client, index_page, series):
    other = SeriesPageFactory(parent=index_page, title="Lunsjwebinarer", slug="lunsjwebinarer")
    upcoming = SessionPageFactory(parent=series, title="Grupperom i videomøter")
    upcoming.topics.add("Digitale verktøy")
    upcoming.save_revision().publish()
    past = SessionPageFactory(
        parent=other,
        title="Brukerinnlegget på skjerm",
        start=timezone.now() - datetime.timedelta(days=3),
        end=timezone.now() - datetime.timedelta(days=3) + datetime.timedelta(hours=1),
    )
    response = client.get(index_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Grupperom i videomøter" in html and "Brukerinnlegget på skjerm" in html
    assert response.context["upcoming"] == [upcoming]
    assert response.context["past"] == [past]

    response = client.get(index_page.url, {"serie": "lunsjwebinarer"})
    assert response.context["upcoming"] == [] and response.context["past"] == [past]
    response = client.get(index_page.url, {"tema": "Digitale verktøy"})
    assert response.context["upcoming"] == [upcoming] and response.context["past"] == []
    response = client.get(index_page.url, {"tema": "finnes-ikke", "serie": "<script>"})
    assert response.status_code == 200


def test_index_and_series_run_a_constant_number_of_queries(
    client, index_page, series, django_assert_num_queries, django_assert_max_num_queries
):
    _populate(series, 2)
    client.get(index_page.url)  # warm the site-root and nav caches
    with django_assert_max_num_queries(20) as few:
        client.get(index_page.url)
    count = len(few.captured_queries)
    _populate(series, 8)
    client.get(index_page.url)  # the first visit after a publish fills the content caches again
    with django_assert_num_queries(count):
        client.get(index_page.url)
    client.get(series.url)
    with django_assert_max_num_queries(20) as few:
        client.get(series.url)
    count = len(few.captured_queries)
    _populate(series, 5)
    client.get(series.url)
    with django_assert_num_queries(count):
        client.get(series.url)


def test_session_page_query_count_does_not_grow(
    client, session, django_assert_num_queries, django_assert_max_num_queries
):
    for _ in range(3):
        add_speaker(session, SpeakerFactory())
    user = UserFactory()
    client.force_login(user)
    services.registration_create_for_user(session_id=session.pk, user=user)
    client.get(session.url)
    with django_assert_max_num_queries(30) as counted:
        client.get(session.url)
    count = len(counted.captured_queries)
    for _ in range(5):
        add_speaker(session, SpeakerFactory())
        services.registration_create_for_user(session_id=session.pk, user=UserFactory())
    session.topics.add("Gruppeledelse", "Evaluering")
    session.save()
    client.get(session.url)  # the first visit after a save fills the content caches again
    with django_assert_num_queries(count):
        client.get(session.url)


def test_meeting_link_only_for_registered_and_only_shortly_before_start(client, session):
    user = UserFactory()
    client.force_login(user)
    link = session.meeting_link
    assert link not in client.get(session.url).content.decode()
    services.registration_create_for_user(session_id=session.pk, user=user)
    html = client.get(session.url).content.decode()
    assert link not in html  # a week before
    session.start = timezone.now() + datetime.timedelta(minutes=20)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    assert link in client.get(session.url).content.decode()
    client.logout()
    assert link not in client.get(session.url).content.decode()


def test_sign_up_through_the_page_plain_and_htmx(client, session, mailoutbox):
    user = UserFactory()
    client.force_login(user)
    url = reverse("theme_sessions:register", args=[session.pk])
    response = client.post(url, follow=True)
    assert nb("You are registered.") in response.content.decode()
    response = client.post(url, headers={"HX-Request": "true"})
    assert response.status_code == 422
    assert nb("You are already registered for this session.") in response.content.decode()
    assert 'id="registration"' in response.content.decode()


def test_anonymous_sign_up_goes_to_login(client, session):
    response = client.post(reverse("theme_sessions:register", args=[session.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_cancel_someone_elses_registration_gives_403_not_500(client, session):
    owner = UserFactory()
    registration = services.registration_create_for_user(session_id=session.pk, user=owner)
    client.force_login(UserFactory())
    response = client.post(reverse("theme_sessions:cancel", args=[registration.pk]))
    assert response.status_code == 403
    assert nb("You can only cancel your own registration.") in response.content.decode()
    response = client.post(reverse("theme_sessions:cancel", args=[999999]))
    assert response.status_code == 403
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_deadline_and_cancelled_messages_on_the_page(client, session):
    client.force_login(UserFactory())
    session.registration_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    response = client.post(reverse("theme_sessions:register", args=[session.pk]), follow=True)
    assert nb("The registration deadline for this session has passed.") in response.content.decode()
    session.cancelled = True
    session.save()
    response = client.post(reverse("theme_sessions:register", args=[session.pk]), follow=True)
    assert nb("This session has been cancelled.") in response.content.decode()


def test_recording_with_captions_transcript_and_chapters(client, session):
    session.start = timezone.now() - datetime.timedelta(days=2)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    add_recording(session)
    html = client.get(session.url).content.decode()
    assert '<track kind="captions"' in html
    assert "Ingrid: Takk." in html
    assert "Velkommen" in html
    captions = client.get(reverse("theme_sessions:captions", args=[session.pk]))
    assert captions["Content-Type"].startswith("text/vtt")
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")


def test_recording_requires_captions_and_transcript(session):
    from django.core.exceptions import ValidationError

    from tests.factories.theme_sessions import media_file

    session.recording = media_file("video", "opptak.mp4")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert {"recording_captions", "recording_transcript"} <= set(error.value.message_dict)


def test_strict_page_types(index_page, series):
    from theme_sessions.models import EpisodePage, PodcastPage, SeriesPage, SessionPage, ThemeSessionIndexPage

    assert SessionPage.allowed_parent_page_models() == [SeriesPage]
    assert SeriesPage.allowed_parent_page_models() == [ThemeSessionIndexPage]
    assert SessionPage.allowed_subpage_models() == []
    assert EpisodePage.allowed_parent_page_models() == [PodcastPage]
    assert not index_page.can_create_at(series)


def test_home_page_shows_upcoming_sessions_and_nav(client, session, index_page):
    html = client.get("/").content.decode()
    assert session.title in html
    assert f'href="{index_page.url}"' in html
