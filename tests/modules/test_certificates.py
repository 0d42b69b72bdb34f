"""Course certificates: claimed once, PDF made once, owner-only download,
public verification page."""

import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from kombu.exceptions import OperationalError as BrokerError
from pypdf import PdfReader

from elearning import outbox
from elearning import tasks as elearning_tasks
from elearning.models import OutboxMessage, OutboxStatus
from modules import services, tasks
from modules.models import Certificate, CertificateStatus
from tests.factories.accounts import UserFactory
from tests.factories.modules import build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_course(course_index):
    course, built = build_course(course_index, modules=1, lessons=2, estimated_hours=6)
    return course, built[0][1]


def _finish(user, course, lessons, django_capture_on_commit_callbacks):
    services.course_enrol(user=user, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            services.lesson_mark_complete(user=user, lesson_id=lesson.pk)
    return Certificate.objects.get(user=user, course=course)


def test_completing_the_course_makes_one_pdf_certificate(small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    user = UserFactory(first_name="Kari", last_name="Nordmann")
    certificate = _finish(user, course, lessons, django_capture_on_commit_callbacks)
    assert certificate.status == CertificateStatus.READY and certificate.file
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(certificate.file.read())).pages)
    assert "Kari Nordmann" in text
    assert certificate.formatted_code in text
    assert course.title in text
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [user.email]
    assert certificate.code in mail.outbox[0].body


def test_task_run_twice_makes_one_certificate(small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    user = UserFactory()
    certificate = _finish(user, course, lessons, django_capture_on_commit_callbacks)
    first_file = certificate.file.name
    assert tasks.certificate_render(certificate.pk) is False
    assert tasks.certificate_render(certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.file.name == first_file
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    # Claiming again (e.g. a second completion path) returns the same row.
    again = services.certificate_claim(user=user, course=course, completed_on=certificate.completed_on)
    assert again.pk == certificate.pk


def test_pending_certificate_is_rendered_by_the_task(small_course):
    course, _ = small_course
    user = UserFactory()
    certificate = Certificate.objects.create(
        user=user,
        course=course,
        full_name="Ola",
        course_title=course.title,
        hours=6,
        issuer="NK LMH",
        completed_on="2026-11-01",
    )
    assert services.certificate_render(certificate_id=certificate.pk) is True
    assert services.certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.is_ready


def test_owner_downloads_others_get_404(client, small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    owner = UserFactory()
    certificate = _finish(owner, course, lessons, django_capture_on_commit_callbacks)
    url = reverse("modules:certificate_download", args=[certificate.pk])
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.get(reverse("modules:certificate_download", args=[999999])).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_dashboard_links_the_certificate(client, small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    owner = UserFactory()
    certificate = _finish(owner, course, lessons, django_capture_on_commit_callbacks)
    client.force_login(owner)
    content = client.get(reverse("modules:dashboard")).content.decode()
    assert reverse("modules:certificate_download", args=[certificate.pk]) in content
    assert nb("Download course certificate (PDF)") in content


def test_public_verification_shows_only_name_course_and_date(client, small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    owner = UserFactory(first_name="Kari", last_name="Nordmann")
    certificate = _finish(owner, course, lessons, django_capture_on_commit_callbacks)
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    content = response.content.decode()
    assert response.status_code == 200
    assert nb("This course certificate is genuine.") in content
    assert "Kari Nordmann" in content and course.title in content
    assert owner.email not in content
    # The formatted code with dashes and lower case works too.
    assert client.get(reverse("certificates:verify", args=[certificate.formatted_code.lower()])).status_code == 200
    response = client.get(reverse("certificates:verify", args=["FINNESIKKE"]))
    assert response.status_code == 404 and "Kari" not in response.content.decode()
    assert 'name="code" value="FINNESIKKE"' in response.content.decode()  # in the form again, to correct it


def test_course_without_certificate_makes_none(course_index, django_capture_on_commit_callbacks):
    course, built = build_course(course_index, modules=1, lessons=1, certificate_enabled=False)
    user = UserFactory()
    services.course_enrol(user=user, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_mark_complete(user=user, lesson_id=built[0][1][0].pk)
    assert not Certificate.objects.exists()


@pytest.mark.faults
def test_a_render_killed_mid_way_is_taken_over_when_its_claim_expires(
    small_course, settings, mailoutbox, django_capture_on_commit_callbacks
):
    """Defect: a worker killed while rendering left RENDERING behind; the
    redelivered task saw the fresh claim, returned, and nothing came back."""
    course, _ = small_course
    certificate = Certificate.objects.create(
        user=UserFactory(), course=course, full_name="Ola", course_title=course.title, hours=6, issuer="NK LMH",
        completed_on="2026-11-01", status=CertificateStatus.RENDERING, claimed_at=timezone.now(),
    )  # fmt: skip
    job = OutboxMessage.objects.create(
        handler="modules.tasks.certificate_render", args=[certificate.pk], key="c", due_at=timezone.now()
    )
    assert outbox.deliver(job.pk) is False
    job.refresh_from_db()
    assert job.status == OutboxStatus.PENDING and "Retry" in job.last_error  # comes back later

    expired = timezone.now() - datetime.timedelta(seconds=settings.OUTBOX["CLAIM_SECONDS"] + 1)
    Certificate.objects.filter(pk=certificate.pk).update(claimed_at=expired)
    OutboxMessage.objects.filter(pk=job.pk).update(due_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox.deliver(job.pk) is True
    certificate.refresh_from_db()
    assert certificate.is_ready
    assert [m.to for m in mailoutbox] == [[certificate.user.email]]


@pytest.mark.django_db(transaction=True)
@pytest.mark.faults
def test_completing_the_course_with_the_broker_down_answers_success_and_the_pdf_follows(
    small_course, client, monkeypatch, mailoutbox, settings
):
    """Defect: with the broker unreachable, finishing a course answered 500
    and the PENDING certificate was never queued again."""
    settings.OUTBOX = {**settings.OUTBOX, "KICK_GRACE_SECONDS": 0}
    course, lessons = small_course
    user = UserFactory()
    services.course_enrol(user=user, course=course)
    services.lesson_mark_complete(user=user, lesson_id=lessons[0].pk)
    client.force_login(user)

    def broker_down(*args, **kwargs):
        raise BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as patch:
        patch.setattr(elearning_tasks.outbox_deliver, "delay", broker_down)
        response = client.post(reverse("modules:mark_complete", args=[lessons[1].pk]))
    assert response.status_code == 302
    certificate = Certificate.objects.get(user=user)
    assert certificate.status == CertificateStatus.PENDING and mailoutbox == []

    assert outbox.sweep() == 1  # the broker is back
    certificate.refresh_from_db()
    assert certificate.is_ready and [m.to for m in mailoutbox] == [[user.email]]


def test_verification_writes_the_date_in_the_pages_language(client, small_course, django_capture_on_commit_callbacks):
    course, lessons = small_course
    certificate = _finish(UserFactory(), course, lessons, django_capture_on_commit_callbacks)
    Certificate.objects.filter(pk=certificate.pk).update(completed_on=datetime.date(2026, 12, 4))
    pages = {}
    for language in ("nb", "nn", "en"):
        with translation.override(language):
            pages[language] = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "<dd>4. desember 2026</dd>" in pages["nb"] and "<dd>4. desember 2026</dd>" in pages["nn"]
    assert "<dd>4 December 2026</dd>" in pages["en"]
