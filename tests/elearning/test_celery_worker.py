"""A task through a real Celery worker process, on the configured broker
(file system on the default setup, Redis when REDIS_URL is set) and the
same database the test uses."""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from accounts.models import User
from elearning.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def _worker_env(tmp_path) -> tuple[dict, dict]:
    """Environment for the worker, and the broker config for the sender."""
    db = connection.settings_dict
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["DEBUG"] = "1"
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(db["NAME"])
    else:
        env["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    if settings.REDIS_URL:
        broker = {"broker_url": settings.REDIS_URL, "broker_transport_options": {}}
    else:
        for sub in ("queue", "processed", "control"):
            (tmp_path / sub).mkdir()
        env["CELERY_FS_BROKER_DIR"] = str(tmp_path)
        folder = str(tmp_path / "queue")
        broker = {
            "broker_url": "filesystem://",
            "broker_transport_options": {
                "data_folder_in": folder,
                "data_folder_out": folder,
                "processed_folder": str(tmp_path / "processed"),
                "control_folder": str(tmp_path / "control"),
            },
        }
    env["CELERY_BROKER_URL"] = broker["broker_url"]
    return env, broker


@pytest.mark.django_db(transaction=True)
def test_purge_task_runs_in_a_real_worker(tmp_path, monkeypatch):
    # The Django fixup would run the system checks in this process when the
    # app is first used, which resets the test connection.
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and ("memory" in name or name == ":memory:"):
        pytest.skip("needs a database another process can open: make test sets SQLITE_TEST_PATH")

    stale = User.objects.create_user(email="aldri-bekreftet@example.no", password="x" * 12)
    User.objects.filter(pk=stale.pk).update(date_joined=timezone.now() - datetime.timedelta(days=60))
    kept = User.objects.create_user(email="fersk@example.no", password="x" * 12)

    env, broker = _worker_env(tmp_path)
    queue = f"test-{os.getpid()}-{time.time_ns()}"
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "elearning",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # Publish with the project's app, over a connection to the worker's broker.
        with celery_app.connection_for_write(
            broker["broker_url"], transport_options=broker["broker_transport_options"]
        ) as conn:
            celery_app.send_task("accounts.tasks.purge_unverified_accounts", queue=queue, connection=conn)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and User.objects.filter(pk=stale.pk).exists():
            assert worker.poll() is None, worker.stdout.read()
            time.sleep(0.5)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0]
    assert not User.objects.filter(pk=stale.pk).exists(), output
    assert User.objects.filter(pk=kept.pk).exists()
    assert "purge_unverified_accounts" in output and "succeeded" in output
