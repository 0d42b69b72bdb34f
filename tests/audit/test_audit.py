"""The audit log: what record() accepts, the staff view with its filters and
permission, "Mine data", erasure and retention."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from accounts.privacy import domain_erase
from accounts.selectors import user_data_export
from audit import services
from audit.models import AuditAction, AuditEvent
from tests.factories.accounts import AdminUserFactory, StaffFactory, UserFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_record_keeps_who_what_about_whom_and_the_details():
    staff, learner = StaffFactory(), UserFactory()
    event = services.record(
        actor=staff,
        action=AuditAction.REPORT_VIEWED_PERSON,
        subject=learner,
        details={"report": "completion", "from": datetime.date(2026, 11, 2)},
    )
    event.refresh_from_db()
    assert (event.actor, event.action, event.subject_user) == (staff, "report_viewed_person", learner)
    assert event.details == {"report": "completion", "from": "2026-11-02"}
    assert event.object_type is None and event.object_id == ""


def test_the_details_read_as_text_in_the_log():
    event = services.record(
        actor=StaffFactory(),
        action=AuditAction.EXPORT_STARTED,
        details={"dataset": "quiz_attempts", "filters": {"quiz": 8, "from_date": "2026-11-02"}, "formats": ["csv"]},
    )
    event.refresh_from_db()
    assert event.details_text == "dataset: quiz_attempts; filters: from_date=2026-11-02, quiz=8; formats: csv"


def test_record_names_any_other_object_by_type_and_id():
    group = Group.objects.create(name="Kursledere")
    event = services.record(actor=None, action="export_started", subject=group)
    assert event.object_type == ContentType.objects.get_for_model(Group)
    assert event.object_id == str(group.pk) and event.actor is None and event.subject_user is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"action": "made_up"},
        {"action": AuditAction.EXPORT_STARTED, "details": ["not", "a", "dict"]},
        {"action": AuditAction.EXPORT_STARTED, "details": {"comment": "x" * 201}},
        {"action": AuditAction.EXPORT_STARTED, "details": {"ids": list(range(2000))}},
        {"action": AuditAction.EXPORT_STARTED, "details": {"object": object()}},
    ],
)
def test_record_refuses_unknown_actions_and_details_that_are_not_small_facts(kwargs):
    with pytest.raises(ValueError):
        services.record(actor=None, **kwargs)
    assert not AuditEvent.objects.exists()


def test_an_anonymous_actor_is_stored_as_the_system():
    event = services.record(actor=AnonymousUser(), action=AuditAction.EXPORT_STARTED)
    assert event.actor is None


# --- The admin view ---------------------------------------------------------------


def _auditor():
    user = AdminUserFactory()
    group = Group.objects.create(name="Personvern")
    group.permissions.add(Permission.objects.get(content_type__app_label="audit", codename="view_auditevent"))
    user.groups.add(group)
    return user


def test_staff_with_the_permission_read_and_filter_the_log(client):
    kari, per, learner = StaffFactory(email="kari@example.no"), StaffFactory(email="per@example.no"), UserFactory()
    services.record(actor=kari, action=AuditAction.EXPORT_STARTED, details={"dataset": "lesson_progress"})
    services.record(actor=per, action=AuditAction.REPORT_VIEWED_PERSON, subject=learner)
    old = services.record(actor=per, action=AuditAction.EXPORT_DOWNLOADED)
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - datetime.timedelta(days=40))
    client.force_login(_auditor())
    url = reverse("audit_log_results")

    html = client.get(url).content.decode()
    assert html.count("<tr") == 4  # the heading and three events

    by_action = client.get(url, {"action": "report_viewed_person"}).content.decode()
    assert str(learner) in by_action and "lesson_progress" not in by_action
    by_actor = client.get(url, {"actor": kari.pk}).content.decode()
    assert "lesson_progress" in by_actor and by_actor.count("<tr") == 2
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    recent = client.get(url, {"at_from": since}).content.decode()
    assert recent.count("<tr") == 3
    about = client.get(url, {"subject": learner.email.upper()}).content.decode()
    assert about.count("<tr") == 2


def test_downloading_the_log_is_itself_logged(client):
    auditor = _auditor()
    services.record(actor=UserFactory(first_name="=HYPERLINK(1)"), action=AuditAction.EXPORT_STARTED)
    client.force_login(auditor)
    response = client.get(reverse("audit_log"), {"export": "csv", "action": "export_started"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "'=HYPERLINK(1)" in body and ",=HYPERLINK" not in body  # a name is never run as a formula
    logged = AuditEvent.objects.get(action=AuditAction.AUDIT_LOG_EXPORTED)
    assert logged.actor == auditor and logged.details == {"format": "csv", "filters": {"action": "export_started"}}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"at_from": "2026-06-01", "at_to": "2026-01-01"},
            nb("The period ends before it starts. Choose a “from” date on or before the “to” date."),
        ),
        ({"action": "no_such_action"}, ""),
    ],
)
def test_a_bad_filter_is_refused_as_in_every_report(client, query, message):
    services.record(actor=StaffFactory(), action=AuditAction.EXPORT_STARTED, details={"dataset": "lesson_progress"})
    client.force_login(_auditor())
    for export in ("", "csv"):
        response = client.get(reverse("audit_log"), {**query, **({"export": export} if export else {})})
        assert response.status_code == 422
        assert response["Content-Type"].startswith("text/html")
        assert list(response.context["object_list"]) == []
        html = response.content.decode()
        assert 'role="alert"' in html and message in html
        assert "lesson_progress" not in html


def test_the_log_downloads_as_every_report_csv(client):
    at = timezone.make_aware(datetime.datetime(2026, 7, 1, 14, 5, 31, 123456))
    event = services.record(actor=StaffFactory(), action=AuditAction.EXPORT_STARTED, details={"dataset": "quiz"})
    AuditEvent.objects.filter(pk=event.pk).update(at=at)
    client.force_login(_auditor())
    response = client.get(reverse("audit_log"), {"export": "csv"})
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    text = body.decode("utf-8-sig")
    assert "2026-07-01 14:05," in text and "12:05" not in text and "123456" not in text
    assert "dataset: quiz" in text and "{" not in text
    assert f"audit-log-{datetime.date.today():%Y-%m-%d}.csv" in response["Content-Disposition"]


def test_the_log_is_refused_to_staff_without_the_permission(client):
    client.force_login(AdminUserFactory())
    response = client.get(reverse("audit_log"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_the_log_is_not_in_the_menu_without_the_permission(client):
    client.force_login(AdminUserFactory())
    assert reverse("audit_log") not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(_auditor())
    assert reverse("audit_log") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_permission_is_offered_in_group_settings():
    labels = [p.codename for fn in hooks.get_hooks("register_permissions") for p in fn()]
    assert "view_auditevent" in labels


# --- Privacy and retention ----------------------------------------------------------


def test_my_data_lists_my_logged_actions_and_when_my_data_was_viewed_but_not_by_whom():
    staff, learner = StaffFactory(), UserFactory()
    services.record(actor=staff, action=AuditAction.REPORT_VIEWED_PERSON, subject=learner)
    services.record(actor=learner, action=AuditAction.EXPORT_STARTED, details={"dataset": "quiz_attempts"})
    mine = user_data_export(user=learner)["audit_log"]
    assert [row["details"] for row in mine["actions_you_took"]] == [{"dataset": "quiz_attempts"}]
    assert len(mine["views_of_your_data"]) == 1
    assert staff.email not in str(mine) and str(staff) not in str(mine)


def test_erasure_keeps_the_rows_without_the_person():
    staff, learner = StaffFactory(), UserFactory()
    services.record(actor=staff, action=AuditAction.REPORT_VIEWED_PERSON, subject=learner)
    services.record(actor=learner, action=AuditAction.EXPORT_STARTED)
    domain_erase(learner)
    learner.delete()
    staff_id = staff.pk
    staff.delete()  # the database's SET_NULL also holds without the hook
    assert AuditEvent.objects.count() == 2
    assert not AuditEvent.objects.filter(actor__isnull=False).exists()
    assert not AuditEvent.objects.filter(subject_user__isnull=False).exists()
    assert staff_id not in AuditEvent.objects.values_list("actor", flat=True)


def test_events_past_the_retention_period_are_deleted(settings):
    settings.AUDIT = {**settings.AUDIT, "RETENTION_DAYS": 30}
    old = services.record(actor=None, action=AuditAction.EXPORT_STARTED)
    kept = services.record(actor=None, action=AuditAction.EXPORT_STARTED)
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - datetime.timedelta(days=31))
    AuditEvent.objects.filter(pk=kept.pk).update(at=timezone.now() - datetime.timedelta(days=29))
    assert services.events_purge_expired() == 1
    assert services.events_purge_expired() == 0
    assert list(AuditEvent.objects.values_list("pk", flat=True)) == [kept.pk]
    assert "audit-purge-expired-events" in settings.CELERY_BEAT_SCHEDULE
