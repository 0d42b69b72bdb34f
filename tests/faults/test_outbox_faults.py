"""Faults against real processes and sockets: the mail server refusing a
real worker, then coming back; two beats sweeping at once. In each case the
effect happens exactly once."""

import datetime
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import Role
from coteaching import services as coteaching
from elearning import outbox, tasks
from elearning.models import OutboxMessage, OutboxStatus
from tests.celery_worker import FAST_OUTBOX, Beat, start_worker
from tests.elearning import outbox_handlers
from tests.factories.accounts import UserFactory
from tests.faults.smtp_server import free_port, smtp_server

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

DELIVER = "elearning.tasks.outbox_deliver"


def test_smtp_refusing_then_recovering_sends_the_invitation_once(tmp_path, monkeypatch):
    """A real worker sends through SMTP to a port where nothing listens, then
    to a mail server that comes up there: one message arrives."""
    port = free_port()
    smtp = {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend", "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(port), "EMAIL_TIMEOUT": "5"}  # fmt: skip
    # Sending a task runs Celery's Django fixup, and with it the system checks.
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    with start_worker(tmp_path, env={**FAST_OUTBOX, **smtp}) as worker:
        monkeypatch.setattr(tasks.outbox_deliver, "delay", lambda pk: worker.send(DELIVER, args=[pk]))
        owner = UserFactory()
        plan = coteaching.team_create(user=owner, name="Diabetesgruppa", plan_title="Å leve med diabetes")
        coteaching.invitation_create(
            team=plan.team, invited_by=owner, email="per@example.no", role=Role.USER_REPRESENTATIVE
        )
        job = OutboxMessage.objects.get()

        def refused():
            job.refresh_from_db()
            return job.attempts >= 1 and job.status == OutboxStatus.PENDING and "refused" in job.last_error

        worker.wait_until(refused)
        with smtp_server(port) as server:
            beat = Beat(worker)

            def delivered():
                beat()
                job.refresh_from_db()
                return job.status == OutboxStatus.DONE

            worker.wait_until(delivered)
            mark = worker.mark()  # the next beat finds nothing to do (a sweep the polling beat
            worker.send("elearning.tasks.outbox_sweep")  # sent before the mark may finish after it too)
            worker.wait_until(lambda: worker.succeeded("elearning.tasks.outbox_sweep", since=mark) >= 1)
    assert len(server.messages) == 1 and "per@example.no" in server.messages[0]


@pytest.mark.postgres
def test_two_beats_at_once_enqueue_and_deliver_once():
    outbox_handlers.CALLS.clear()
    both_inside = threading.Barrier(2)
    results = []

    def beat():
        try:
            with transaction.atomic():
                both_inside.wait(timeout=10)  # two transactions open at the same time
                results.append(
                    outbox.enqueue(
                        outbox_handlers.record, 42, key="beat:2026-12-03T16:00", delay=datetime.timedelta(seconds=1)
                    )
                )
        finally:
            connection.close()

    threads = [threading.Thread(target=beat) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(created for _job, created in results) == [False, True]
    assert OutboxMessage.objects.count() == 1
    OutboxMessage.objects.update(due_at=timezone.now() - datetime.timedelta(minutes=5))

    def sweep():
        try:
            outbox.sweep()
        finally:
            connection.close()

    sweeps = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in sweeps:
        thread.start()
    for thread in sweeps:
        thread.join(timeout=30)
    assert outbox_handlers.CALLS == [(42,)]
    assert OutboxMessage.objects.get().status == OutboxStatus.DONE
