"""Faults against a real prefork worker on PostgreSQL and Redis, as in
production. A pool child killed with SIGKILL in the middle of a job:
acks_late and reject_on_worker_lost hand the task back to the broker, the
outbox sweep takes over the claim the dead child left. The web process's
broker unreachable when it finishes a course: the request succeeds and the
worker's sweep does the work once the broker is back. In each case the work
then happens exactly once: one PDF, one e-mail, every job done."""

import datetime
import os
import signal

import pytest
from django.urls import reverse
from django.utils import timezone

from elearning import tasks as elearning_tasks
from elearning.celery import app as celery_app
from elearning.models import OutboxMessage, OutboxStatus
from modules import services
from modules.models import Certificate, CertificateStatus
from tests.celery_worker import FAST_OUTBOX, Beat, start_worker, wait_until
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from tests.faults.smtp_server import free_port
from theme_sessions import services as theme_sessions
from theme_sessions.models import NotificationKind, NotificationStatus, SentNotification

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DELIVER = "elearning.tasks.outbox_deliver"


RENDER = "weasyprint:HTML.render"
SEND_MAIL = "django.core.mail.message:EmailMessage.send"


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    """A prefork worker, as in production, whose pool child stops at RENDER
    or SEND_MAIL when a test arms it; shared by the tests here."""
    with pytest.MonkeyPatch.context() as patch:
        # Sending a task runs Celery's Django fixup, and with it the system checks.
        patch.setenv("CELERY_SKIP_CHECKS", "1")
        folder = tmp_path_factory.mktemp("killed-worker")
        with start_worker(folder, prefork=True, pause_at=(RENDER, SEND_MAIL), env=FAST_OUTBOX) as worker:
            yield worker


@pytest.fixture
def deliver_to_the_worker(worker, monkeypatch):
    """The outbox's sends after a commit in this process go to the worker."""
    monkeypatch.setattr(elearning_tasks.outbox_deliver, "delay", lambda pk: worker.send(DELIVER, args=[pk]))


def _kill(worker, child: int) -> None:
    with open(f"/proc/{child}/stat") as stat:
        parent = int(stat.read().rsplit(")", 1)[1].split()[1])
    assert parent == worker.process.pid, "the paused process is not a pool child of the worker"
    os.kill(child, signal.SIGKILL)


def _until(worker, condition, beat: Beat) -> None:
    def done():
        assert worker.alive(), f"the worker stopped:\n{worker.output}"
        beat()
        return condition()

    wait_until(done, timeout=60, message=f"not done in 60 s:\n{worker.output}")


def test_a_pool_child_killed_while_rendering_a_certificate_leaves_one_pdf_and_one_email(
    home, worker, deliver_to_the_worker
):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)
    user = UserFactory(first_name="Kari", last_name="Nordmann")
    mails = set(worker.mails())
    worker.arm_pause(RENDER)
    services.course_enrol(user=user, course=course)
    for lesson in built[0][1]:
        services.lesson_mark_complete(user=user, lesson_id=lesson.pk)

    child = worker.paused_child()  # the child is inside WeasyPrint, the claim committed
    certificate = Certificate.objects.get(user=user)
    assert certificate.status == CertificateStatus.RENDERING and not certificate.file
    _kill(worker, child)

    def emailed():
        certificate.refresh_from_db()
        return certificate.emailed_at is not None and not OutboxMessage.objects.exclude(status=OutboxStatus.DONE)

    _until(worker, emailed, Beat(worker))
    assert f"pid:{child} exited with 'signal 9 (SIGKILL)'" in worker.output  # it died mid-render
    assert certificate.status == CertificateStatus.READY and certificate.file
    [mail] = set(worker.mails()) - mails
    assert user.email in mail.read_text()
    assert sorted(OutboxMessage.objects.values_list("handler", flat=True)) == [
        "modules.tasks.certificate_email",
        "modules.tasks.certificate_render",
    ]


def test_a_pool_child_killed_while_sending_a_reminder_leaves_one_email(home, worker, deliver_to_the_worker):
    start = timezone.now() + datetime.timedelta(hours=20)
    session = SessionPageFactory(
        parent=SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home)),
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    learner = UserFactory()
    theme_sessions.registration_create_for_user(
        session_id=session.pk, user=learner, now=timezone.now() - datetime.timedelta(days=3)
    )
    # The registration's own e-mails go first, so the pause takes the reminder.
    worker.wait_until(lambda: not OutboxMessage.objects.exclude(status=OutboxStatus.DONE).exists())
    mails = set(worker.mails())
    worker.arm_pause(SEND_MAIL)
    due = "theme_sessions.tasks.send_due_notifications"
    worker.send(due)  # the beat finds the reminder due and puts it in the outbox

    child = worker.paused_child()  # the child is sending the e-mail
    _kill(worker, child)
    reminder = SentNotification.objects.get(kind=NotificationKind.REMINDER)
    assert reminder.status == NotificationStatus.CLAIMED and set(worker.mails()) == mails

    def sent():
        reminder.refresh_from_db()
        return reminder.status == NotificationStatus.SENT and not OutboxMessage.objects.exclude(
            status=OutboxStatus.DONE
        )

    _until(worker, sent, Beat(worker, due))  # the reminder beat runs again too, as it would
    assert f"pid:{child} exited with 'signal 9 (SIGKILL)'" in worker.output
    [mail] = set(worker.mails()) - mails
    assert learner.email in mail.read_text()
    assert SentNotification.objects.filter(kind=NotificationKind.REMINDER).count() == 1


@pytest.fixture
def broker_down():
    """This process's Celery sends to a port nobody listens on, for real
    (not eagerly, not a patched send): the broker is unreachable."""
    changed = {"task_always_eager": False, "broker_url": f"redis://127.0.0.1:{free_port()}/0",
               "broker_connection_timeout": 0.5}  # fmt: skip
    saved = {name: celery_app.conf[name] for name in changed}, celery_app._pool, celery_app.amqp._producer_pool
    celery_app.conf.update(changed)
    celery_app._pool = celery_app.amqp._producer_pool = None
    yield
    celery_app.conf.update(saved[0])
    celery_app._pool, celery_app.amqp._producer_pool = saved[1], saved[2]


def test_the_broker_unreachable_when_a_course_is_finished(home, worker, client, broker_down):
    """The request answers success; the certificate and its e-mail come once
    the worker's beat sweep (on the broker that is back) delivers the job."""
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)
    lessons = built[0][1]
    user = UserFactory()
    services.course_enrol(user=user, course=course)
    services.lesson_mark_complete(user=user, lesson_id=lessons[0].pk)
    client.force_login(user)
    mails = set(worker.mails())

    response = client.post(reverse("modules:mark_complete", args=[lessons[1].pk]))
    assert response.status_code == 302
    certificate = Certificate.objects.get(user=user)
    assert certificate.status == CertificateStatus.PENDING
    assert OutboxMessage.objects.get().status == OutboxStatus.PENDING  # kept for the sweep

    def emailed():
        certificate.refresh_from_db()
        return certificate.emailed_at is not None and not OutboxMessage.objects.exclude(status=OutboxStatus.DONE)

    _until(worker, emailed, Beat(worker))
    assert certificate.status == CertificateStatus.READY
    [mail] = set(worker.mails()) - mails
    assert user.email in mail.read_text()
