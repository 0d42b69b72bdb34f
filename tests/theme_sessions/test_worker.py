"""The e-mail task through a real Celery worker process: delivered twice
(a redelivery after a crash, a second beat), it sends one e-mail."""

import datetime

import pytest
from django.utils import timezone

from tests.celery_worker import celery_worker
from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from theme_sessions import services
from theme_sessions.models import NotificationKind, NotificationStatus, SentNotification


@pytest.mark.django_db(transaction=True)
def test_reminder_task_delivered_twice_to_a_real_worker_sends_once(home, tmp_path, monkeypatch):
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    index = ThemeSessionIndexPageFactory(parent=home)
    start = timezone.now() + datetime.timedelta(hours=20)
    session = SessionPageFactory(
        parent=SeriesPageFactory(parent=index), start=start, end=start + datetime.timedelta(hours=1)
    )
    registration = services.registration_create_for_user(
        session_id=session.pk, user=UserFactory(), now=timezone.now() - datetime.timedelta(days=3)
    )

    mail_dir = tmp_path / "mail"
    backend = {"EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend", "EMAIL_FILE_PATH": str(mail_dir)}
    with celery_worker(tmp_path, **backend) as worker:
        worker.send(
            "theme_sessions.tasks.send_notification", args=[registration.pk, NotificationKind.REMINDER, 24], times=2
        )
        worker.wait_until(lambda: worker.output.count("succeeded") == 2)
    assert SentNotification.objects.get(kind=NotificationKind.REMINDER).status == NotificationStatus.SENT
    assert len(list(mail_dir.glob("*"))) == 1, worker.output
