"""A task through a real Celery worker process, on the configured broker
(file system on the default setup, Redis when REDIS_URL is set) and the
same database the test uses."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User


@pytest.mark.django_db(transaction=True)
def test_purge_task_runs_in_a_real_worker(celery_worker):
    stale = User.objects.create_user(email="aldri-bekreftet@example.no", password="x" * 12)
    User.objects.filter(pk=stale.pk).update(date_joined=timezone.now() - datetime.timedelta(days=60))
    kept = User.objects.create_user(email="fersk@example.no", password="x" * 12)

    task = "accounts.tasks.purge_unverified_accounts"
    mark = celery_worker.mark()
    celery_worker.send(task)
    celery_worker.wait_until(lambda: celery_worker.succeeded(task, since=mark) == 1)
    assert not User.objects.filter(pk=stale.pk).exists(), celery_worker.output
    assert User.objects.filter(pk=kept.pk).exists()
