import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from modules.models import Enrolment, LessonCompletion
from quizzes.models import Quiz
from tests.factories.accounts import AdminUserFactory, StaffFactory, UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from theme_sessions import services
from theme_sessions.models import Registration, SessionCredit

pytestmark = pytest.mark.django_db


@pytest.fixture
def participants(session):
    people = [UserFactory(email=f"deltaker{i}@example.no") for i in range(3)]
    for person in people:
        services.registration_create_for_user(session_id=session.pk, user=person)
    guest = services.registration_create_for_guest(
        session_id=session.pk, email="gjest@example.no", name="Gjest", workplace=""
    )
    services.guest_registration_confirm(registration_id=guest.pk, round=1)
    return people


def test_csv_import_marks_attendance(session, participants):
    data = "Full Name\tUser Action\tEmail\nA\tJoined\tDeltaker0@example.no\nA\tLeft\tdeltaker0@example.no\nG\tJoined\tgjest@example.no\n"
    report = services.attendance_import_csv(session_id=session.pk, data=("\ufeff" + data).encode("utf-16"))
    assert report.ok, report.errors
    assert report.imported == 2
    attended = set(Registration.objects.filter(attended_at__isnull=False).values_list("guest_email", "user__email"))
    assert attended == {("", "deltaker0@example.no"), ("gjest@example.no", None)}


def test_malformed_csv_is_reported_row_by_row_and_nothing_is_imported(session, participants):
    data = b"Name,Email\nA,deltaker0@example.no\nB,ikke-en-epost\nC,ukjent@example.no\nD\n"
    report = services.attendance_import_csv(session_id=session.pk, data=data)
    assert not report.ok
    assert any(e.startswith("Row 3") or "3" in e for e in report.errors)
    assert len(report.errors) == 3
    assert not Registration.objects.filter(attended_at__isnull=False).exists()


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\x00\xfe garbage \x80\x81", b"Name,Phone\nA,123\n", b"Email\n"],
)
def test_unusable_files_get_a_message(session, participants, data):
    report = services.attendance_import_csv(session_id=session.pk, data=data)
    assert not report.ok and report.errors


def test_staff_attendance_screen_import_and_mark(client, session, participants):
    client.force_login(StaffFactory())
    url = reverse("theme_sessions_admin:attendance", args=[session.pk])
    assert client.get(url).status_code == 200
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("deltakere.csv", b"Email\nfeil@\n", content_type="text/csv")
    response = client.post(url, {"action": "import", "file": bad})
    assert response.status_code == 400
    assert "feil@" in response.content.decode()
    ids = list(Registration.objects.filter(user__in=participants[:2]).values_list("pk", flat=True))
    response = client.post(url, {"action": "mark", "attended": [str(i) for i in ids] + ["x"]})
    assert response.status_code == 302
    assert Registration.objects.filter(attended_at__isnull=False).count() == 2
    response = client.post(url, {"action": "mark", "attended": [str(ids[0])]})
    assert Registration.objects.filter(attended_at__isnull=False).count() == 1


def test_attendance_screen_needs_edit_permission(client, session):
    client.force_login(AdminUserFactory())  # in the admin, without permission to edit the session
    response = client.get(reverse("theme_sessions_admin:attendance", args=[session.pk]))
    # The view refuses: Wagtail turns its PermissionDenied into a redirect to the admin's front page.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_attendance_certificate_pdf(client, session, participants):
    person = participants[0]
    registration = Registration.objects.get(user=person)
    client.force_login(person)
    url = reverse("theme_sessions:certificate", args=[registration.pk])
    assert client.get(url).status_code == 403
    services.attendance_set(session_id=session.pk, attended_ids={registration.pk})
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    import io

    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert session.title in text and person.get_full_name() in text
    client.force_login(participants[1])
    assert client.get(url).status_code == 404


def test_evaluation_form_and_staff_csv(client, session, participants):
    person = participants[0]
    client.force_login(person)
    url = reverse("theme_sessions:evaluation", args=[session.pk])
    assert client.get(url).status_code == 403  # not before the session
    session.start = timezone.now() - datetime.timedelta(hours=2)
    session.end = session.start + datetime.timedelta(hours=1)
    session.save()
    response = client.post(url, {"overall": "9"})
    assert response.status_code == 422
    response = client.post(url, {"overall": "5", "usefulness": "4", "best": "=HYPERLINK(1)", "improve": "Mer tid"})
    assert response.status_code == 302
    client.force_login(StaffFactory())
    # The file comes from the theme-session evaluations report (insights), filtered to this session.
    response = client.get(
        reverse("theme_sessions_admin:evaluations", args=[session.pk]), {"format": "csv"}, follow=True
    )
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Mer tid" in body and "'=HYPERLINK(1)" in body
    assert client.get(reverse("theme_sessions_admin:overview")).status_code == 200


def test_attendance_completes_only_the_lessons_the_session_covers(session, home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=2, lessons=3, enrolment_mode="closed")
    module, module_lessons = built[0]
    quiz = Quiz.objects.create(title="Øvingsspørsmål", slug="ovingssporsmal")
    quiz_lesson = LessonPageFactory(parent=module, completion_rule="quiz", body=[("quiz", quiz)])
    credited = module_lessons[:2]
    # The quiz lesson is refused in the editor (see the next test); were it listed anyway, it is skipped.
    session.credits = [SessionCredit(lesson=lesson) for lesson in [*credited, quiz_lesson]]
    session.save_revision().publish()
    person, guest_email = UserFactory(), "gjest@example.no"
    registration = services.registration_create_for_user(session_id=session.pk, user=person)
    guest = services.registration_create_for_guest(session_id=session.pk, email=guest_email, name="G", workplace="")
    services.guest_registration_confirm(registration_id=guest.pk, round=1)

    report = services.attendance_import_csv(
        session_id=session.pk, data=f"Email\n{person.email}\n{guest_email}\n".encode()
    )
    assert report.ok and report.imported == 2
    done = set(LessonCompletion.objects.filter(user=person).values_list("lesson_id", flat=True))
    assert done == {lesson.pk for lesson in credited}
    assert Enrolment.objects.get(user=person, course=course).source == "theme_session"
    # Marking again (staff screen after the import) completes nothing twice.
    services.attendance_set(session_id=session.pk, attended_ids={registration.pk, guest.pk})
    assert LessonCompletion.objects.filter(user=person).count() == 2
    assert not Enrolment.objects.get(user=person, course=course).completed_at


def test_an_editor_cannot_credit_a_quiz_lesson(session, home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    quiz = Quiz.objects.create(title="Øvingsspørsmål", slug="ovingssporsmal")
    quiz_lesson = LessonPageFactory(parent=built[0][0], completion_rule="quiz", body=[("quiz", quiz)])
    SessionCredit(page=session, lesson=built[0][1][0]).full_clean()
    with pytest.raises(ValidationError) as refused:
        SessionCredit(page=session, lesson=quiz_lesson).full_clean()
    assert "lesson" in refused.value.message_dict


def test_sessions_overview_needs_edit_permission(client, session):
    # Defect 7: the overview listed unpublished sessions and registration
    # counts to any admin user, the user-representative reviewer included.
    client.force_login(AdminUserFactory())
    response = client.get(reverse("theme_sessions_admin:overview"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("theme_sessions_admin:overview") not in admin_home
    client.force_login(StaffFactory())
    response = client.get(reverse("theme_sessions_admin:overview"))
    assert response.status_code == 200 and session.title in response.content.decode()
