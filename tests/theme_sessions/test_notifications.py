import datetime
import smtplib

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import add_recording
from theme_sessions import emails, selectors, services, tasks
from theme_sessions.models import NotificationKind, NotificationStatus, SentNotification

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(session):
    """A session starting in 23 hours with a participant who registered a week ago."""
    session.start = timezone.now() + datetime.timedelta(hours=23)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    user = UserFactory()
    registration = services.registration_create_for_user(
        session_id=session.pk, user=user, now=timezone.now() - datetime.timedelta(days=7)
    )
    return registration


def test_reminder_sweep_run_twice_sends_once(soon, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_due_notifications() == 1
    # Sent and recorded: the next sweep finds nothing due.
    assert tasks.send_due_notifications() == 0
    assert len(mailoutbox) == 1
    assert SentNotification.objects.get(kind=NotificationKind.REMINDER).variant == 24


def test_only_the_most_specific_due_reminder_is_sent(soon, mailoutbox):
    in_half_an_hour = soon.session.start - datetime.timedelta(minutes=30)
    due = selectors.due_notifications(now=in_half_an_hour)
    assert due == [(soon.pk, NotificationKind.REMINDER, 1)]


def test_no_24h_reminder_for_someone_who_registered_inside_the_window(session):
    session.start = timezone.now() + datetime.timedelta(hours=5)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    services.registration_create_for_user(session_id=session.pk, user=UserFactory())
    assert selectors.due_notifications() == []


def test_task_run_twice_sends_once(soon, mailoutbox):
    assert tasks.send_notification(soon.pk, NotificationKind.REMINDER, 24) is True
    assert tasks.send_notification(soon.pk, NotificationKind.REMINDER, 24) is False
    assert len(mailoutbox) == 1
    assert SentNotification.objects.get().status == NotificationStatus.SENT


def test_a_claim_left_by_a_crashed_worker_is_sent_by_the_next_delivery(soon, mailoutbox):
    # The worker claimed the row and died before sending; the outbox delivers
    # the job again once that worker's claim expired, and it is sent once.
    SentNotification.objects.create(
        registration=soon, kind=NotificationKind.REMINDER, variant=24, status=NotificationStatus.CLAIMED
    )
    assert tasks.send_notification(soon.pk, NotificationKind.REMINDER, 24) is True
    assert tasks.send_notification(soon.pk, NotificationKind.REMINDER, 24) is False
    assert len(mailoutbox) == 1
    assert SentNotification.objects.get().status == NotificationStatus.SENT


def test_a_refused_send_is_tried_again(soon, mailoutbox, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    with monkeypatch.context() as patch:
        patch.setattr(EmailMultiAlternatives, "send", refuse)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            services.notification_deliver(registration_id=soon.pk, kind=NotificationKind.REMINDER, variant=24)
    assert SentNotification.objects.get().status == NotificationStatus.CLAIMED
    assert services.notification_deliver(registration_id=soon.pk, kind=NotificationKind.REMINDER, variant=24)
    assert len(mailoutbox) == 1


def test_no_reminder_to_cancelled_registrations(soon, mailoutbox):
    services.registration_cancel(registration_id=soon.pk, user=soon.user)
    assert selectors.due_notifications() == []
    assert tasks.send_notification(soon.pk, NotificationKind.REMINDER, 24) is False


def test_change_and_cancellation_bump_sequence_and_notify_once(session, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
        registration = services.registration_create_for_user(session_id=session.pk, user=UserFactory())
    mailoutbox.clear()

    session.start += datetime.timedelta(hours=1)
    session.end += datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert len(mailoutbox) == 1
    event = Calendar.from_ical(mailoutbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert event["SEQUENCE"] == 1

    # Publishing again without a change tells nobody anything.
    with django_capture_on_commit_callbacks(execute=True):
        session.summary = "Ny ingress"
        session.save_revision().publish()
    assert len(mailoutbox) == 1

    session.cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        session.save_revision().publish()
    assert len(mailoutbox) == 2
    calendar = Calendar.from_ical(mailoutbox[1].attachments[0][1])
    assert calendar["METHOD"] == "CANCEL"
    event = calendar.walk("VEVENT")[0]
    assert event["SEQUENCE"] == 2 and event["STATUS"] == "CANCELLED"
    assert {(n.kind, n.variant) for n in registration.notifications.all()} >= {("changed", 1), ("cancelled", 2)}
    # A second run of the same publication task sends nothing more.
    tasks.send_notification(registration.pk, NotificationKind.CANCELLED, 2)
    assert len(mailoutbox) == 2


def test_recording_ready_goes_once_to_participants(session, mailoutbox, django_capture_on_commit_callbacks):
    registration = services.registration_create_for_user(
        session_id=session.pk, user=UserFactory(), now=timezone.now() - datetime.timedelta(days=10)
    )
    session.start = timezone.now() - datetime.timedelta(days=2)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    add_recording(session)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_due_notifications()
        tasks.send_due_notifications()
    assert [m.to for m in mailoutbox] == [[registration.user.email]]
    assert "#recording" in mailoutbox[0].body


def test_calendar_feed_is_private_and_lists_registrations(client, session, user):
    from django.urls import reverse

    services.registration_create_for_user(session_id=session.pk, user=user)
    token = services.calendar_token_for(user=user)
    response = client.get(reverse("theme_sessions:calendar_feed", args=[token.token]))
    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [session.title]
    assert client.get(reverse("theme_sessions:calendar_feed", args=["gjetning"])).status_code == 404
    old = token.token
    services.calendar_token_rotate(user=user)
    assert client.get(reverse("theme_sessions:calendar_feed", args=[old])).status_code == 404
    assert len(old) >= 40


def test_session_ics_download(client, session):
    from django.urls import reverse

    response = client.get(reverse("theme_sessions:session_calendar", args=[session.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Oslo"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "torsdag 5. desember 2030, 10:00–11:30"),
        ("nn", "torsdag 5. desember 2030, 10:00–11:30"),
        ("en", "Thursday 5 December 2030, 10:00–11:30"),
    ],
)
def test_the_email_writes_the_time_in_the_recipients_language(session, language, expected):
    session.start = timezone.make_aware(datetime.datetime(2030, 12, 5, 10, 0))
    session.end = session.start + datetime.timedelta(minutes=90)
    session.save()
    registration = services.registration_create_for_user(session_id=session.pk, user=UserFactory(), language=language)
    body = emails.build_message(registration=registration, kind=NotificationKind.CHANGED, variant=1).body
    assert expected in body
