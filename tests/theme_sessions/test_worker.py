"""An outbox e-mail through a real Celery worker process: its delivery task
sent twice (a redelivery after a crash, a second beat), it sends one e-mail."""

import datetime

import pytest
from django.utils import timezone

from elearning.models import OutboxMessage
from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from theme_sessions import services
from theme_sessions.models import NotificationKind, NotificationStatus, SentNotification


@pytest.mark.django_db(transaction=True)
def test_reminder_task_delivered_twice_to_a_real_worker_sends_once(home, celery_worker):
    index = ThemeSessionIndexPageFactory(parent=home)
    start = timezone.now() + datetime.timedelta(hours=20)
    session = SessionPageFactory(
        parent=SeriesPageFactory(parent=index), start=start, end=start + datetime.timedelta(hours=1)
    )
    registration = services.registration_create_for_user(
        session_id=session.pk, user=UserFactory(), now=timezone.now() - datetime.timedelta(days=3)
    )

    # The row as enqueue() writes it, without the in-process delivery after commit.
    job = OutboxMessage.objects.create(
        handler="theme_sessions.tasks.send_notification",
        args=[registration.pk, NotificationKind.REMINDER, 24],
        key="reminder",
        due_at=timezone.now(),
    )
    task = "elearning.tasks.outbox_deliver"
    mails_before = set(celery_worker.mail_dir.glob("*"))
    mark = celery_worker.mark()
    celery_worker.send(task, args=[job.pk], times=2)
    celery_worker.wait_until(lambda: celery_worker.succeeded(task, since=mark) == 2)
    assert SentNotification.objects.get(kind=NotificationKind.REMINDER).status == NotificationStatus.SENT
    assert len(set(celery_worker.mail_dir.glob("*")) - mails_before) == 1, celery_worker.output
