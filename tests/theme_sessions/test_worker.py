"""The e-mail task through a real Celery worker process: delivered twice
(a redelivery after a crash, a second beat), it sends one e-mail."""

import datetime
import os
import subprocess
import sys
import time

import pytest
from django.db import connection
from django.utils import timezone

from elearning.celery import app as celery_app
from tests.elearning.test_celery_worker import ROOT, _worker_env
from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from theme_sessions import services
from theme_sessions.models import NotificationKind, NotificationStatus, SentNotification


@pytest.mark.django_db(transaction=True)
def test_reminder_task_delivered_twice_to_a_real_worker_sends_once(tmp_path, monkeypatch):
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and ("memory" in name or name == ":memory:"):
        pytest.skip("needs a database another process can open: make test sets SQLITE_TEST_PATH")
    from demo.loaders import elearning as demo

    index = ThemeSessionIndexPageFactory(parent=demo.load())
    start = timezone.now() + datetime.timedelta(hours=20)
    session = SessionPageFactory(
        parent=SeriesPageFactory(parent=index), start=start, end=start + datetime.timedelta(hours=1)
    )
    registration = services.registration_create_for_user(
        session_id=session.pk, user=UserFactory(), now=timezone.now() - datetime.timedelta(days=3)
    )

    env, broker = _worker_env(tmp_path)
    mail_dir = tmp_path / "mail"
    env["EMAIL_BACKEND"] = "django.core.mail.backends.filebased.EmailBackend"
    env["EMAIL_FILE_PATH"] = str(mail_dir)
    queue = f"test-theme-{os.getpid()}-{time.time_ns()}"
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "elearning", "worker", "--pool=solo", "-Q", queue,
         "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        with celery_app.connection_for_write(
            broker["broker_url"], transport_options=broker["broker_transport_options"]
        ) as conn:
            for _ in range(2):
                celery_app.send_task(
                    "theme_sessions.tasks.send_notification",
                    args=[registration.pk, NotificationKind.REMINDER, 24],
                    queue=queue,
                    connection=conn,
                )
        deadline = time.monotonic() + 90
        output = ""
        while time.monotonic() < deadline:
            assert worker.poll() is None
            if SentNotification.objects.filter(kind="reminder", status=NotificationStatus.SENT).exists() and len(
                list(mail_dir.glob("*"))
            ):
                time.sleep(2)  # let the second delivery run too
                break
            time.sleep(0.5)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0]
    assert output.count("succeeded") == 2, output
    assert SentNotification.objects.get(kind=NotificationKind.REMINDER).status == NotificationStatus.SENT
    assert len(list(mail_dir.glob("*"))) == 1, output
