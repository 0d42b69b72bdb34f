import datetime
import re

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from elearning.errors import UserError
from tests.i18n import nb
from theme_sessions import services, tokens
from theme_sessions.models import Registration, RegistrationStatus, SessionPage

pytestmark = pytest.mark.django_db

GUEST = {"name": "Gunn Gjest", "email": "Gunn.Gjest@Example.no", "workplace": "Tromsø kommune", "consent": "on"}


def _confirm_link(message):
    return re.search(r"https?://\S+/gjest/bekreft/\S+/", message.body).group(0).split("127.0.0.1:8000")[1]


def test_guest_registers_confirms_by_link_and_gets_the_ics(
    client, session, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("theme_sessions:guest_register", args=[session.pk]), GUEST)
    assert response.status_code == 200
    assert nb("Check your e-mail") in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.PENDING
    assert registration.guest_email == "gunn.gjest@example.no"
    assert len(mailoutbox) == 1 and not mailoutbox[0].attachments

    link = _confirm_link(mailoutbox[0])
    page = client.get(link)  # GET only shows a button: mail scanners must not confirm
    assert page.status_code == 200
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, follow=True)
    assert nb("You are registered.") in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert len(mailoutbox) == 2 and mailoutbox[1].attachments[0][0].endswith(".ics")

    # Confirming twice changes nothing and sends nothing.
    client.post(link)
    assert len(mailoutbox) == 2


def test_guest_form_errors_are_shown_not_500(client, session):
    response = client.post(reverse("theme_sessions:guest_register", args=[session.pk]), {"email": "ikke-en-adresse"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert not Registration.objects.exists()


def test_guest_signing_up_twice_gets_the_same_answer(client, session, mailoutbox, django_capture_on_commit_callbacks):
    url = reverse("theme_sessions:guest_register", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, GUEST)
        response = client.post(url, GUEST)
    assert response.status_code == 200
    assert (
        nb(
            "If you had already registered with this address, the e-mail you got then has the link to your registration."
        )
        in response.content.decode()
    )
    assert Registration.objects.count() == 1
    assert len(mailoutbox) == 1  # no second e-mail within minutes: the form cannot be used to spam


def test_forged_link_is_refused(client, session):
    registration = services.registration_create_for_guest(
        session_id=session.pk, email="a@example.no", name="A", workplace=""
    )
    forged = signing.dumps([registration.pk, 1], salt="some.other.salt")
    response = client.post(reverse("theme_sessions:guest_confirm", args=[forged]))
    assert response.status_code == 400
    assert (
        nb("This link is not valid. Check that you copied the whole link from the e-mail.") in response.content.decode()
    )
    response = client.get(reverse("theme_sessions:guest_confirm", args=["tull:og:toys"]))
    assert response.status_code == 400
    # A character no link has is no link at all (elearning.converters).
    assert client.get("/temasamlinger-handling/gjest/bekreft/tull:og:tøys/").status_code == 404
    response = client.get(reverse("theme_sessions:guest_manage", args=["tull"]))
    assert response.status_code == 400
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING


def test_a_guest_link_that_does_not_work_is_a_user_error_with_its_message(settings):
    with pytest.raises(UserError) as refused, translation.override("nb"):
        tokens.read_guest_manage_token("tull")
    assert (refused.value.code, refused.value.status) == ("invalid", 400)
    assert refused.value.message == nb("This link is not valid. Check that you copied the whole link from the e-mail.")
    token = tokens.guest_confirm_token(registration_id=1, round=1)
    settings.THEME_SESSIONS = {**settings.THEME_SESSIONS, "GUEST_LINK_MAX_AGE_HOURS": 0}
    with pytest.raises(UserError) as refused, translation.override("nb"):
        tokens.read_guest_confirm_token(token)
    assert (refused.value.code, refused.value.status) == ("expired", 400)
    assert refused.value.message == nb("This link has expired. Register again from the session page to get a new link.")


def test_expired_link_is_refused(client, session, settings):
    registration = services.registration_create_for_guest(
        session_id=session.pk, email="a@example.no", name="A", workplace=""
    )
    token = tokens.guest_confirm_token(registration_id=registration.pk, round=registration.round)
    settings.THEME_SESSIONS = {**settings.THEME_SESSIONS, "GUEST_LINK_MAX_AGE_HOURS": 0}
    response = client.post(reverse("theme_sessions:guest_confirm", args=[token]))
    assert response.status_code == 400
    assert (
        nb("This link has expired. Register again from the session page to get a new link.")
        in response.content.decode()
    )


def test_guest_cancels_with_the_manage_link_and_the_next_person_is_promoted(
    client, session, mailoutbox, django_capture_on_commit_callbacks
):
    session.capacity = 1
    session.save()
    guest = services.registration_create_for_guest(session_id=session.pk, email="g@example.no", name="G", workplace="")
    services.guest_registration_confirm(registration_id=guest.pk, round=1)
    second = services.registration_create_for_guest(session_id=session.pk, email="h@example.no", name="H", workplace="")
    services.guest_registration_confirm(registration_id=second.pk, round=1)
    second.refresh_from_db()
    assert second.status == RegistrationStatus.WAITLISTED
    token = tokens.guest_manage_token(registration_id=guest.pk)
    page = client.get(reverse("theme_sessions:guest_manage", args=[token]))
    assert page["Cache-Control"] == "private, no-store"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("theme_sessions:guest_cancel", args=[token]))
    second.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED
    assert mailoutbox[-1].to == ["h@example.no"]


def test_guest_data_is_deleted_after_the_retention_period(session, settings):
    settings.THEME_SESSIONS = {**settings.THEME_SESSIONS, "GUEST_RETENTION_DAYS": 30}
    kept = services.registration_create_for_guest(session_id=session.pk, email="k@example.no", name="K", workplace="X")
    services.guest_registration_confirm(registration_id=kept.pk, round=1)
    never_confirmed = services.registration_create_for_guest(
        session_id=session.pk, email="n@example.no", name="N", workplace=""
    )
    later = session.end + datetime.timedelta(days=31)
    assert services.guest_data_purge(now=session.end + datetime.timedelta(days=1)) == 1  # the unconfirmed one
    assert not Registration.objects.filter(pk=never_confirmed.pk).exists()
    assert services.guest_data_purge(now=later) == 1
    kept.refresh_from_db()
    assert (kept.guest_email, kept.guest_name, kept.guest_workplace) == ("", "", "")
    assert kept.anonymised_at is not None and kept.status == RegistrationStatus.CONFIRMED
    assert services.guest_data_purge(now=later) == 0  # idempotent


def test_guest_cannot_confirm_once_the_session_has_started(session):
    registration = services.registration_create_for_guest(
        session_id=session.pk, email="a@example.no", name="A", workplace=""
    )
    with pytest.raises(UserError):
        services.guest_registration_confirm(
            registration_id=registration.pk, round=1, now=session.start + datetime.timedelta(minutes=1)
        )
    assert timezone.now() < session.start


def test_guest_evaluates_from_the_manage_link_once_the_session_has_started(client, session):
    guest = services.registration_create_for_guest(session_id=session.pk, email="e@example.no", name="E", workplace="")
    services.guest_registration_confirm(registration_id=guest.pk, round=1)
    token = tokens.guest_manage_token(registration_id=guest.pk)
    url = reverse("theme_sessions:guest_evaluation", args=[token])
    answers = {"overall": "5", "usefulness": "4", "best": "Gode eksempler", "improve": "Mer tid"}

    assert client.get(url).status_code == 403  # before the start
    assert url not in client.get(reverse("theme_sessions:guest_manage", args=[token])).content.decode()

    session.start = timezone.now() - datetime.timedelta(minutes=5)
    session.save()
    assert url in client.get(reverse("theme_sessions:guest_manage", args=[token])).content.decode()
    bad = client.post(url, {**answers, "overall": "9"})
    assert bad.status_code == 422 and "Mer tid" in bad.content.decode()  # what was typed is kept
    response = client.post(url, answers)
    assert response.status_code == 302
    assert response["Location"] == reverse("theme_sessions:guest_manage", args=[token])
    client.post(url, {**answers, "best": "Enda bedre"})  # a second post edits, never duplicates
    guest.refresh_from_db()
    assert guest.evaluation.best == "Enda bedre" and guest.evaluation.overall == 5
    assert client.get(reverse("theme_sessions:guest_evaluation", args=["forfalsket"])).status_code == 400


def test_guest_pages_keep_their_origin_for_their_own_forms(client, session):
    # Defect 9: "no-referrer" made browsers post the guest forms with
    # "Origin: null", which the CSRF check refuses; tests/e2e/test_theme_sessions_guest.py
    # cancels in a real browser.
    registration = services.registration_create_for_guest(
        session_id=session.pk, email="a@example.no", name="A", workplace=""
    )
    services.guest_registration_confirm(registration_id=registration.pk, round=1)
    started = timezone.now() - datetime.timedelta(hours=2)
    SessionPage.objects.filter(pk=session.pk).update(
        start=started, end=started + datetime.timedelta(hours=1), evaluation_enabled=True
    )
    token = tokens.guest_manage_token(registration_id=registration.pk)
    for name in ("theme_sessions:guest_manage", "theme_sessions:guest_evaluation"):
        response = client.get(reverse(name, args=[token]))
        assert response.status_code == 200 and response["Referrer-Policy"] == "same-origin"
