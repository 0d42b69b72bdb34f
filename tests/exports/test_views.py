"""The export pages refuse bad input with a clear message or 403/404, never a 500."""

import re

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from elearning.errors import UserError
from exports import services
from exports.admin_views import start_url
from exports.models import ExportJob
from tests.factories.accounts import AdminUserFactory
from tests.factories.exports import exporter
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def _post(client, key="lesson_progress", **data):
    return client.post(reverse("exports_admin:start", args=[key]), {"format": "csv", **data})


def test_the_menu_and_the_list_show_the_datasets_the_person_may_export(client, course_with_progress):
    staff = exporter()
    mine = services.job_start(
        user=staff, dataset_key="lesson_progress", filters={"course": course_with_progress[0].pk}, format="xlsx"
    )
    services.job_start(
        user=exporter(), dataset_key="lesson_progress", filters={"course": course_with_progress[0].pk}, format="csv"
    )
    client.force_login(staff)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("exports_admin:index") in home
    page = client.get(reverse("exports_admin:index")).content.decode()
    assert reverse("exports_admin:start", args=["lesson_progress"]) in page
    assert reverse("exports_admin:start", args=["quiz_attempts"]) not in page  # no permission to view attempts
    assert page.count(nb("Lesson progress in a course") + " (XLSX)") == 1  # my export, not the other one
    assert reverse("exports_admin:job", args=[mine.pk]) in page


def test_staff_without_an_export_permission_are_refused(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    client.force_login(AdminUserFactory())
    assert reverse("exports_admin:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("exports_admin:index")).status_code == 403
    response = _post(client, course=course.pk)
    assert response.status_code == 403 and not ExportJob.objects.exists()
    assert nb("You do not have permission to export this.") in response.content.decode()


def test_an_unknown_dataset_is_a_404_that_says_so(client):
    client.force_login(exporter())
    response = client.get(reverse("exports_admin:start", args=["finnes_ikke"]))
    assert response.status_code == 404
    assert nb("There is no export called «%(key)s».") % {"key": "finnes_ikke"} in response.content.decode()
    with pytest.raises(UserError):
        services.job_start(user=exporter(), dataset_key="finnes_ikke", filters={}, format="csv")


def test_a_start_link_fills_in_the_filters(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    client.force_login(exporter())
    url = start_url("lesson_progress", course=course.pk, from_date="2026-11-02", format="xlsx")
    page = client.get(url).content.decode()
    assert re.search(rf'<option value="{course.pk}"[^>]*selected>', page)
    assert 'value="2026-11-02"' in page and re.search(r'value="xlsx"[^>]*checked', page)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"course": "999999"}, "Choose a course from the list."),
        ({"course": "abc"}, "Choose a course from the list."),
        ({"course": ""}, "This field is required."),
        (
            {"from_date": "2026-12-01", "to_date": "2026-11-02"},
            "The start of the period is after its end. Swap the dates.",
        ),
        ({"from_date": "2026-02-31"}, "Enter a valid date."),
    ],
)
def test_bad_filters_get_the_form_again_with_a_message(client, course_with_progress, data, message):
    course, _lessons, _learners = course_with_progress
    client.force_login(exporter())
    response = _post(client, **{"course": course.pk, **data})
    assert response.status_code == 422
    assert nb(message) in response.content.decode()
    assert not ExportJob.objects.exists() and not AuditEvent.objects.exists()


def test_a_bad_format_is_refused(client, course_with_progress):
    course, _lessons, _learners = course_with_progress
    client.force_login(exporter())
    assert _post(client, course=course.pk, format="pdf").status_code == 422
    with pytest.raises(UserError):
        services.job_start(user=exporter(), dataset_key="lesson_progress", filters={"course": course.pk}, format="pdf")
    assert not ExportJob.objects.exists()


def test_the_service_validates_filters_whoever_calls(course_with_progress):
    with pytest.raises(UserError) as refused:
        services.job_start(user=exporter(), dataset_key="lesson_progress", filters={"course": 999999}, format="csv")
    assert refused.value.code == "bad_filters" and refused.value.field == "course"


@pytest.mark.parametrize("name", ["job", "download"])
def test_a_job_that_does_not_exist_is_a_404(client, name):
    client.force_login(exporter())
    assert client.get(reverse(f"exports_admin:{name}", args=[99999999])).status_code == 404


def test_the_job_page_names_the_filters_by_their_labels_and_the_chosen_objects(client, course_with_progress):
    course = course_with_progress[0]
    staff = exporter()
    client.force_login(staff)
    job = services.job_start(
        user=staff,
        dataset_key="lesson_progress",
        filters={"course": course.pk, "from_date": "2026-11-02"},
        format="csv",
    )
    page = client.get(reverse("exports_admin:job", args=[job.pk])).content.decode()
    assert f"<dt>{nb('Course')}</dt><dd>{course.title}</dd>" in page
    assert f"<dt>{nb('From (date)')}</dt><dd>2. november 2026</dd>" in page
    assert f"<dd>{course.pk}</dd>" not in page

    ExportJob.objects.filter(pk=job.pk).update(filters={"course": 999999})
    page = client.get(reverse("exports_admin:job", args=[job.pk])).content.decode()
    assert nb("%(id)s (deleted since the export)") % {"id": 999999} in page


def test_the_job_page_names_the_filters_in_the_viewer_s_language(client, course_with_progress):
    from wagtail.users.models import UserProfile

    course = course_with_progress[0]
    staff = exporter()
    UserProfile.get_for_user(staff).__class__.objects.filter(user=staff).update(preferred_language="en")
    client.force_login(staff)
    job = services.job_start(user=staff, dataset_key="lesson_progress", filters={"course": course.pk}, format="csv")
    page = client.get(reverse("exports_admin:job", args=[job.pk])).content.decode()
    assert f"<dt>Course</dt><dd>{course.title}</dd>" in page
