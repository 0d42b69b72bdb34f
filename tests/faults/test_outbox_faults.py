"""Faults against real processes and sockets: the mail server refusing a
real worker, then coming back; two real beat processes sweeping at once. In
each case the effect happens exactly once."""

import datetime
import threading

import pytest
from django.db import connection, transaction

from accounts.models import Role
from coteaching import services as coteaching
from elearning import outbox, tasks
from elearning.models import OutboxMessage, OutboxStatus
from tests.celery_worker import FAST_OUTBOX, Beat, new_queue, start_beat, start_worker, wait_until
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
def test_two_transactions_at_once_enqueue_one_key_once():
    """Two beats that put the same periodic job in the outbox at the same
    moment: two transactions open together, one row."""
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


SWEEP = "elearning.tasks.outbox_sweep"
JOBS = 5


@pytest.mark.postgres
def test_two_beat_processes_sweeping_at_once_run_each_job_once(tmp_path, monkeypatch):
    """Two real `celery beat` processes fire the outbox sweep twice a second
    each at one real prefork worker. Their sweeps pile up in Redis before the
    worker starts, so every job is sent to it at least twice: the claim
    lets each job run once (one line per job in a file the handler appends
    to, one invitation e-mail, one attempt each) and turns the rest away."""
    monkeypatch.setenv("CELERY_SKIP_CHECKS", "1")
    # The sends after the commit are lost: only the beats' sweeps deliver.
    monkeypatch.setattr(tasks.outbox_deliver, "delay", lambda pk: None)
    effects = tmp_path / "effects.txt"
    for number in range(JOBS):
        outbox.enqueue(outbox_handlers.append_line, str(effects), f"job {number}", key=f"beats:{number}")
    owner = UserFactory()
    plan = coteaching.team_create(user=owner, name="Diabetesgruppa", plan_title="Å leve med diabetes")
    coteaching.invitation_create(
        team=plan.team, invited_by=owner, email="per@example.no", role=Role.USER_REPRESENTATIVE
    )
    assert OutboxMessage.objects.filter(status=OutboxStatus.PENDING).count() == JOBS + 1

    # The default claim (minutes) never expires here: a second run is a claim let through.
    env = {"OUTBOX_SWEEP_SECONDS": "0.5", "OUTBOX_KICK_GRACE_SECONDS": "0"}
    queue = new_queue()
    with (
        start_beat(tmp_path / "beat-a", queue=queue, env=env) as beat_a,
        start_beat(tmp_path / "beat-b", queue=queue, env=env) as beat_b,
    ):
        beats = (beat_a, beat_b)

        def both_swept():
            assert all(beat.alive() for beat in beats), "\n".join(beat.output for beat in beats)
            return all(beat.sent("elearning-outbox-sweep") >= 1 for beat in beats)

        # Each beat has sent a sweep, with no worker yet to take it.
        wait_until(both_swept, timeout=20, message="\n".join(beat.output for beat in beats))
        with start_worker(tmp_path / "worker", prefork=True, env=env, queue=queue) as worker:

            def all_done():
                assert all(beat.alive() for beat in beats), "\n".join(beat.output for beat in beats)
                return not OutboxMessage.objects.exclude(status=OutboxStatus.DONE).exists()

            worker.wait_until(all_done, timeout=30)
            # Both beats go on sweeping; their sweeps find nothing left to do.
            mark, sent = worker.mark(), [beat.sent("elearning-outbox-sweep") for beat in beats]
            worker.wait_until(
                lambda: (
                    all(beat.sent("elearning-outbox-sweep") >= n + 1 for beat, n in zip(beats, sent, strict=True))
                    and worker.succeeded(SWEEP, since=mark) >= 2
                ),
                timeout=30,
            )
            mails = worker.mails()
            output = worker.output

    assert sorted(effects.read_text().splitlines()) == [f"job {number}" for number in range(JOBS)]
    assert len(mails) == 1 and "per@example.no" in mails[0].read_text()
    assert list(OutboxMessage.objects.values_list("attempts", flat=True).distinct()) == [1]
    ran = [line for line in output.splitlines() if f"{DELIVER}[" in line and " succeeded in " in line]
    assert sum(line.endswith(": True") for line in ran) == JOBS + 1, output  # each job completed once
    assert sum(line.endswith(": False") for line in ran) >= JOBS + 1, output  # and sent again, turned away
