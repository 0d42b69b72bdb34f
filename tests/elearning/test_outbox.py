"""The transactional outbox: committed with the change or not at all, one
job per key, claimed once, retried with backoff, failures shown to staff."""

import datetime

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from elearning import outbox, tasks
from elearning.models import OutboxMessage, OutboxStatus
from tests.elearning import outbox_handlers
from tests.factories.accounts import AdminUserFactory, StaffFactory

pytestmark = pytest.mark.django_db
RECORD = "tests.elearning.outbox_handlers.record"


@pytest.fixture(autouse=True)
def _calls():
    outbox_handlers.CALLS.clear()
    yield outbox_handlers.CALLS


def test_a_job_is_delivered_after_the_commit_once_per_key(django_capture_on_commit_callbacks, _calls):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        first, created = outbox.enqueue(RECORD, 7, "x", key="k")
        again, created_again = outbox.enqueue(RECORD, 7, "x", key="k")
        assert _calls == []  # nothing runs before the commit
    assert (created, created_again) == (True, False) and first.pk == again.pk
    assert _calls == [(7, "x")]
    first.refresh_from_db()
    assert first.status == OutboxStatus.DONE and first.attempts == 1
    assert outbox.deliver(first.pk) is False and _calls == [(7, "x")]


def test_a_rolled_back_change_leaves_no_job(django_capture_on_commit_callbacks, _calls):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        outbox.enqueue(RECORD, 1, key="k")
        raise RuntimeError
    assert not OutboxMessage.objects.exists() and _calls == []


@pytest.mark.faults
def test_a_broker_that_is_down_costs_nothing_and_the_sweep_delivers(
    monkeypatch, django_capture_on_commit_callbacks, settings, _calls
):
    settings.OUTBOX = {**settings.OUTBOX, "KICK_GRACE_SECONDS": 0}

    def broker_down(*args, **kwargs):
        raise BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as patch:
        patch.setattr(tasks.outbox_deliver, "delay", broker_down)
        with django_capture_on_commit_callbacks(execute=True):
            job, _created = outbox.enqueue(RECORD, 1, key="k")
        assert outbox.sweep() == 1  # the broker is still down: kept for the next sweep
    assert _calls == [] and OutboxMessage.objects.get().status == OutboxStatus.PENDING
    assert outbox.sweep() == 1
    assert _calls == [(1,)] and OutboxMessage.objects.get().status == OutboxStatus.DONE
    assert outbox.sweep() == 0


def _job(handler, *, key="k", **fields):
    return OutboxMessage.objects.create(handler=handler, args=[1], key=key, due_at=timezone.now(), **fields)


def test_a_transient_error_is_retried_with_backoff_then_fails_for_good(settings, _calls):
    settings.OUTBOX = {**settings.OUTBOX, "RETRY_SECONDS": 30, "MAX_ATTEMPTS": 3}
    job = _job("tests.elearning.outbox_handlers.mail_server_down")
    now = timezone.now()
    assert outbox.deliver(job.pk, now=now) is False
    job.refresh_from_db()
    assert job.status == OutboxStatus.PENDING and job.attempts == 1 and "SMTPServerDisconnected" in job.last_error
    assert job.due_at >= now + datetime.timedelta(seconds=30)
    assert outbox.deliver(job.pk, now=now) is False  # not due yet: not even tried
    assert len(_calls) == 1
    assert outbox.deliver(job.pk, now=job.due_at) is False
    job.refresh_from_db()
    assert job.due_at >= now + datetime.timedelta(seconds=60)  # doubled
    outbox.deliver(job.pk, now=job.due_at)
    job.refresh_from_db()
    assert job.status == OutboxStatus.FAILED and job.attempts == 3 and len(_calls) == 3


def test_a_permanent_error_fails_at_once_and_staff_see_it(client, _calls):
    job = _job("tests.elearning.outbox_handlers.bad_header")
    assert outbox.deliver(job.pk) is False
    job.refresh_from_db()
    assert job.status == OutboxStatus.FAILED and "BadHeaderError" in job.last_error and len(_calls) == 1

    client.force_login(StaffFactory())
    response = client.get(reverse("elearning_failed_jobs"))
    assert response.status_code == 200
    assert "tests.elearning.outbox_handlers.bad_header" in response.content.decode()
    assert "BadHeaderError" in response.content.decode()


def test_the_failed_jobs_report_is_refused_to_staff_without_the_permission(client):
    _job("tests.elearning.outbox_handlers.bad_header", status=OutboxStatus.FAILED)
    client.force_login(AdminUserFactory())
    response = client.get(reverse("elearning_failed_jobs"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_only_marked_handlers_run(_calls):
    job = _job("tests.elearning.outbox_handlers.not_a_handler")
    outbox.deliver(job.pk)
    job.refresh_from_db()
    assert job.status == OutboxStatus.FAILED and _calls == []


def test_a_claim_is_taken_over_only_when_it_expired(settings, _calls):
    settings.OUTBOX = {**settings.OUTBOX, "CLAIM_SECONDS": 60}
    now = timezone.now()
    job = _job(RECORD, status=OutboxStatus.CLAIMED, claimed_until=now + datetime.timedelta(seconds=30), attempts=1)
    assert outbox.deliver(job.pk, now=now) is False and _calls == []  # a live worker holds it
    assert outbox.sweep(now=now) == 0
    # That worker died, and its claim ran out.
    OutboxMessage.objects.filter(pk=job.pk).update(claimed_until=now - datetime.timedelta(seconds=1))
    assert outbox.sweep() == 1
    job.refresh_from_db()
    assert job.status == OutboxStatus.DONE and job.attempts == 2 and _calls == [(1,)]


def test_done_jobs_are_forgotten_after_a_while(settings):
    old = timezone.now() - datetime.timedelta(days=settings.OUTBOX["KEEP_DONE_DAYS"] + 1)
    _job(RECORD, key="old", status=OutboxStatus.DONE, done_at=old)
    _job(RECORD, key="failed", status=OutboxStatus.FAILED)
    outbox.sweep()
    assert list(OutboxMessage.objects.values_list("key", flat=True)) == ["failed"]
