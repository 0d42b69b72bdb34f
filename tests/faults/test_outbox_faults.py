"""Faults against real processes and sockets: the mail server refusing,
then coming back; two beats sweeping at once. In each case the effect
happens exactly once."""

import datetime
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import Role
from coteaching import services as coteaching
from elearning import outbox
from elearning.models import OutboxMessage, OutboxStatus
from tests.elearning import outbox_handlers
from tests.factories.accounts import UserFactory
from tests.faults.smtp_server import free_port, smtp_server

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_smtp_refusing_then_recovering_sends_the_invitation_once(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    owner = UserFactory()
    plan = coteaching.team_create(user=owner, name="Diabetesgruppa", plan_title="Å leve med diabetes")
    # Nothing listens on the port: the connection is refused when the job is
    # delivered after the commit (Celery runs eagerly in tests).
    coteaching.invitation_create(
        team=plan.team, invited_by=owner, email="per@example.no", role=Role.USER_REPRESENTATIVE
    )
    job = OutboxMessage.objects.get()
    assert job.status == OutboxStatus.PENDING and job.attempts == 1 and job.due_at > timezone.now()
    assert "Connection refused" in job.last_error or "Errno" in job.last_error

    with smtp_server(port) as server:
        past = timezone.now() - datetime.timedelta(minutes=5)
        OutboxMessage.objects.filter(pk=job.pk).update(due_at=past)  # the backoff has passed
        outbox.sweep()
        outbox.sweep()  # the next beat finds nothing to do
    job.refresh_from_db()
    assert job.status == OutboxStatus.DONE
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
