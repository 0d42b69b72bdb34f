"""A task through a real Celery worker process, on the configured broker
(file system on the default setup, Redis when REDIS_URL is set) and the
same database the test uses."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from tests.celery_worker import celery_worker


@pytest.mark.django_db(transaction=True)
def test_purge_task_runs_in_a_real_worker(tmp_path, monkeypatch):
    # The Django fixup would run the system checks in this process when the
    # app is first used, which resets the test connection.
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    stale = User.objects.create_user(email="aldri-bekreftet@example.no", password="x" * 12)
    User.objects.filter(pk=stale.pk).update(date_joined=timezone.now() - datetime.timedelta(days=60))
    kept = User.objects.create_user(email="fersk@example.no", password="x" * 12)

    with celery_worker(tmp_path) as worker:
        worker.send("accounts.tasks.purge_unverified_accounts")
        worker.wait_until(lambda: "succeeded" in worker.output)
    assert not User.objects.filter(pk=stale.pk).exists(), worker.output
    assert User.objects.filter(pk=kept.pk).exists()
    assert "purge_unverified_accounts" in worker.output
