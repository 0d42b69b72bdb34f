import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from elearning.errors import UserError
from tests.factories.accounts import UserFactory
from theme_sessions import services
from theme_sessions.models import NotificationKind, Registration, RegistrationStatus, SentNotification

pytestmark = pytest.mark.django_db


def sign_up(session, user, capture):
    with capture(execute=True):
        return services.registration_create_for_user(session_id=session.pk, user=user)


def test_sign_up_confirms_and_mails_a_valid_ics(session, user, mailoutbox, django_capture_on_commit_callbacks):
    registration = sign_up(session, user, django_capture_on_commit_callbacks)

    assert registration.status == RegistrationStatus.CONFIRMED
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [user.email]
    assert session.title in message.subject
    name, data, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    calendar = Calendar.from_ical(data)
    event = calendar.walk("VEVENT")[0]
    assert str(event["UID"]) == f"theme-session-{session.pk}@127.0.0.1"
    assert event["SEQUENCE"] == 0
    assert event.decoded("DTSTART") == session.start
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert SentNotification.objects.filter(registration=registration, kind=NotificationKind.CONFIRMATION).count() == 1


def test_full_session_puts_people_on_the_waiting_list_and_promotes_on_cancel(
    session, mailoutbox, django_capture_on_commit_callbacks
):
    session.capacity = 2
    session.save()
    first, second, third, fourth = UserFactory.create_batch(4)
    for person in (first, second, third, fourth):
        sign_up(session, person, django_capture_on_commit_callbacks)
    statuses = dict(Registration.objects.values_list("user_id", "status"))
    assert statuses == {
        first.pk: "confirmed",
        second.pk: "confirmed",
        third.pk: "waitlisted",
        fourth.pk: "waitlisted",
    }
    mailoutbox.clear()

    cancelled = Registration.objects.get(user=first)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration_id=cancelled.pk, user=first)

    assert Registration.objects.get(user=third).status == RegistrationStatus.CONFIRMED
    assert Registration.objects.get(user=fourth).status == RegistrationStatus.WAITLISTED
    assert [m.to for m in mailoutbox] == [[third.email]]
    assert mailoutbox[0].attachments  # the calendar file comes with the promotion


def test_signing_up_twice_is_refused(session, user, django_capture_on_commit_callbacks):
    sign_up(session, user, django_capture_on_commit_callbacks)
    with pytest.raises(UserError) as error:
        services.registration_create_for_user(session_id=session.pk, user=user)
    assert error.value.code == "duplicate"
    assert Registration.objects.filter(user=user).count() == 1


def test_sign_up_after_the_deadline_is_refused(session, user):
    session.registration_deadline = timezone.now() - datetime.timedelta(minutes=1)
    session.save()
    with pytest.raises(UserError) as error:
        services.registration_create_for_user(session_id=session.pk, user=user)
    assert error.value.code == "deadline"
    assert not Registration.objects.exists()


def test_sign_up_for_a_cancelled_session_is_refused(session, user):
    session.cancelled = True
    session.save()
    with pytest.raises(UserError) as error:
        services.registration_create_for_user(session_id=session.pk, user=user)
    assert error.value.code == "cancelled"


def test_cancelling_someone_elses_registration_is_refused(session, user, django_capture_on_commit_callbacks):
    registration = sign_up(session, user, django_capture_on_commit_callbacks)
    other = UserFactory()
    with pytest.raises(UserError) as error:
        services.registration_cancel(registration_id=registration.pk, user=other)
    assert error.value.code == "forbidden"
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_sign_up_again_after_cancelling_starts_a_new_round(
    session, user, mailoutbox, django_capture_on_commit_callbacks
):
    registration = sign_up(session, user, django_capture_on_commit_callbacks)
    services.registration_cancel(registration_id=registration.pk, user=user)
    again = sign_up(session, user, django_capture_on_commit_callbacks)
    assert again.pk == registration.pk and again.round == 2
    assert again.status == RegistrationStatus.CONFIRMED
    assert len(mailoutbox) == 2  # one confirmation per round


def test_raising_capacity_promotes_the_waiting_list(session, django_capture_on_commit_callbacks, mailoutbox):
    session.capacity = 1
    session.save_revision().publish()
    first, second = UserFactory.create_batch(2)
    sign_up(session, first, django_capture_on_commit_callbacks)
    sign_up(session, second, django_capture_on_commit_callbacks)
    session.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert Registration.objects.get(user=second).status == RegistrationStatus.CONFIRMED
