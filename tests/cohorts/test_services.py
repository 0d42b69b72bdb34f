"""Cohort services: seats and the waiting list, copying a cohort, moving a
day (calendar and e-mail once per change), attendance and its CSV import,
group messages, and completion of a cohort course."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail import hooks

from cohorts import services
from cohorts.models import (
    Attendance,
    Cohort,
    CourseDay,
    CourseDayPart,
    DayChangeNotice,
    GroupMessageRecipient,
    Participant,
    ParticipantStatus,
    PreWork,
)
from cohorts.types import Requirement
from elearning.errors import Conflict, EditConflict, UserError
from elearning.models import OutboxMessage
from modules import services as course_services
from modules.models import Certificate, Enrolment
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort, days_started

pytestmark = pytest.mark.django_db


def enrol(cohort, user, capture, **kwargs):
    with capture(execute=True):
        return services.participant_enrol(user=user, cohort_id=cohort.pk, **kwargs)


def test_seats_then_waiting_list_then_promotion(cohort, mailoutbox, django_capture_on_commit_callbacks):
    cohort.capacity = 2
    cohort.save()
    users = [UserFactory() for _ in range(4)]
    results = [enrol(cohort, u, django_capture_on_commit_callbacks) for u in users]
    assert [p.status for p, _created in results] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert Enrolment.objects.filter(course=cohort.course, source="cohort").count() == 2
    assert len(mailoutbox) == 4 and "venteliste" in mailoutbox[2].subject
    again, created = enrol(cohort, users[0], django_capture_on_commit_callbacks)
    assert not created and again.pk == results[0][0].pk and len(mailoutbox) == 4

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.participant_cancel(user=users[0], cohort_id=cohort.pk)
    assert not services.participant_cancel(user=users[0], cohort_id=cohort.pk)
    statuses = dict(Participant.objects.values_list("user_id", "status"))
    assert statuses[users[0].pk] == "cancelled" and statuses[users[2].pk] == "confirmed"
    assert statuses[users[3].pk] == "waitlisted"
    assert [m.to for m in mailoutbox] == [[users[2].email]]

    # Back after cancelling: at the back of the queue.
    back, created = enrol(cohort, users[0], django_capture_on_commit_callbacks)
    assert created and back.status == ParticipantStatus.WAITLISTED


def test_enrolment_window_is_respected_except_for_staff(cohort, learner, django_capture_on_commit_callbacks):
    cohort.enrolment_closes_at = timezone.now() - datetime.timedelta(hours=1)
    cohort.enrolment_opens_at = timezone.now() - datetime.timedelta(days=9)
    cohort.save()
    with pytest.raises(Conflict):
        services.participant_enrol(user=learner, cohort_id=cohort.pk)
    group = cohort.groups.first()
    participant, _created = enrol(cohort, learner, django_capture_on_commit_callbacks, by_staff=True, group_id=group.pk)
    assert participant.status == "confirmed" and participant.group == group
    other = build_cohort(cohort.course, groups=1)
    with pytest.raises(UserError):
        services.participant_enrol(
            user=UserFactory(), cohort_id=cohort.pk, group_id=other.groups.get().pk, by_staff=True
        )


def test_copy_moves_every_day_and_copies_parts_pre_work_and_groups(cohort, course_and_lessons):
    course, built = course_and_lessons
    first = cohort.days.get(number=1)
    part = CourseDayPart(day=first, title="Velkommen og forventninger", starts_at=datetime.time(9, 15))
    part.leaders.set(list(cohort.leaders.all()))
    part.save()
    PreWork.objects.create(day=first, page=built[0][1][0])
    ParticipantFactory(cohort=cohort, group=cohort.groups.first())
    seen = []
    new_start = cohort.starts_on + datetime.timedelta(days=182)
    with hooks.register_temporarily("cohort_copied", lambda **kw: seen.append(kw)):
        copy = services.cohort_copy(cohort_id=cohort.pk, starts_on=new_start, title="Kull våren 2027")

    assert copy.title == "Kull våren 2027" and not copy.published and copy.starts_on == new_start
    assert copy.ends_on - copy.starts_on == cohort.ends_on - cohort.starts_on
    old_days, new_days = list(cohort.days.order_by("number")), list(copy.days.order_by("number"))
    assert len(new_days) == 5
    for old, new in zip(old_days, new_days, strict=True):
        assert timezone.localtime(new.starts_at).date() - timezone.localtime(
            old.starts_at
        ).date() == datetime.timedelta(days=182)
        assert (
            timezone.localtime(new.starts_at).time() == timezone.localtime(old.starts_at).time()
        )  # across summer time
    new_part = new_days[0].parts.get()
    assert new_part.title == part.title
    assert {leader.cohort_id for leader in new_part.leaders.all()} == {copy.pk}
    assert new_part.leaders.count() == 2
    assert list(new_days[0].pre_work.values_list("page_id", flat=True)) == [built[0][1][0].pk]
    assert copy.groups.count() == 2 and not copy.participants.exists()
    assert seen[0]["source"] == cohort and seen[0]["copy"] == copy
    assert seen[0]["day_map"][old_days[0].pk] == new_days[0]

    with pytest.raises(UserError) as refused:
        services.cohort_copy(cohort_id=cohort.pk, starts_on=timezone.localdate() - datetime.timedelta(days=30))
    assert refused.value.code == "day_in_past"
    assert Cohort.objects.count() == 2


def test_moving_a_day_bumps_the_sequence_and_mails_each_participant_once(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    members = [ParticipantFactory(cohort=cohort).user for _ in range(2)]
    ParticipantFactory(cohort=cohort, status="cancelled")
    day = cohort.days.get(number=2)
    later = day.starts_at + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        moved = services.day_reschedule(
            day_id=day.pk, version=day.version, starts_at=later, ends_at=later + datetime.timedelta(hours=6)
        )
    assert moved.ics_sequence == 1 and moved.version == 2
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in members)
    event = Calendar.from_ical(mailoutbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert event["SEQUENCE"] == 1 and event.decoded("DTSTART") == later
    assert str(event["UID"]).startswith(f"cohort-day-{day.pk}@")

    # The job again (a retried outbox delivery) sends nothing more.
    notice = DayChangeNotice.objects.first()
    assert not services.deliver_day_changed(notice_id=notice.pk)
    assert len(mailoutbox) == 2

    with pytest.raises(EditConflict):  # the editor started from version 1
        services.day_reschedule(day_id=day.pk, version=1, room="Møterom 2")
    with pytest.raises(UserError) as refused:
        services.day_reschedule(
            day_id=day.pk,
            version=2,
            starts_at=timezone.now() - datetime.timedelta(days=1),
            ends_at=timezone.now() - datetime.timedelta(hours=18),
        )
    assert refused.value.code == "day_in_past"


def test_attendance_is_refused_before_the_day_starts(cohort, learner):
    member = ParticipantFactory(cohort=cohort, user=learner)
    day = cohort.days.get(number=1)
    with pytest.raises(UserError) as refused:
        services.attendance_set(day_id=day.pk, present_ids={member.pk})
    assert refused.value.code == "day_not_started" and not Attendance.objects.exists()
    CourseDay.objects.filter(pk=day.pk).update(starts_at=timezone.now() - datetime.timedelta(minutes=1))
    assert services.attendance_set(day_id=day.pk, present_ids={member.pk}) == 1  # from the day's start


def test_attendance_set_and_csv_import(cohort, learner):
    member = ParticipantFactory(cohort=cohort, user=learner)
    other = ParticipantFactory(cohort=cohort)
    days_started(cohort)
    day = cohort.days.get(number=1)
    assert services.attendance_set(day_id=day.pk, present_ids={member.pk}) == 2
    assert services.attendance_set(day_id=day.pk, present_ids={member.pk}) == 0  # idempotent
    assert dict(Attendance.objects.values_list("participant_id", "present")) == {member.pk: True, other.pk: False}

    day2 = cohort.days.get(number=2)
    bad = f"Name;Email\nOla;{learner.email.upper()}\nKari;ukjent@example.no\n".encode()
    report = services.attendance_import_csv(day_id=day2.pk, data=bad)
    assert not report.ok and "Rad 3" in report.errors[0]
    assert not Attendance.objects.filter(day=day2).exists()  # all or nothing
    good = f"Name,Email\nOla,{learner.email}\nOla,{learner.email}\n".encode()
    report = services.attendance_import_csv(day_id=day2.pk, data=good)
    assert report.ok and report.imported == 1
    assert Attendance.objects.get(day=day2, participant=member).source == "import"


def test_group_message_reaches_each_member_once(cohort, mailoutbox, django_capture_on_commit_callbacks):
    group = cohort.groups.first()
    members = [ParticipantFactory(cohort=cohort, group=group).user for _ in range(3)]
    ParticipantFactory(cohort=cohort, group=cohort.groups.last())
    with django_capture_on_commit_callbacks(execute=True):
        message = services.group_message_send(
            group_id=group.pk, author=group.leader, subject="Til neste samling", body="Husk praksisoppgaven.\n\nHilsen"
        )
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in members)
    assert "Husk praksisoppgaven." in mailoutbox[0].body
    assert GroupMessageRecipient.objects.filter(message=message, sent_at__isnull=False).count() == 3
    assert not services.deliver_group_message(message_id=message.pk, user_id=members[0].pk)
    assert OutboxMessage.objects.filter(key__startswith=f"cohorts.group_message:{message.pk}:").count() == 3
    with pytest.raises(UserError):
        services.group_message_send(group_id=group.pk, author=group.leader, subject=" ", body="Tekst")


def test_cohort_course_completes_with_attendance_and_every_requirement(
    course_and_lessons, cohort, learner, django_capture_on_commit_callbacks
):
    course, built = course_and_lessons
    participant, _created = enrol(cohort, learner, django_capture_on_commit_callbacks)
    for _module, lessons in built:
        for lesson in lessons:
            course_services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is None  # lessons done, no course day attended yet

    days = list(days_started(cohort).days.order_by("number"))
    plan_approved = {"met": False}

    def final_plan(*, user, cohort):
        return [Requirement(key="final_plan", label="Sluttplan godkjent", met=plan_approved["met"])]

    with hooks.register_temporarily("cohort_completion_requirements", final_plan):
        for day in days[:3]:
            services.attendance_set(day_id=day.pk, present_ids={participant.pk})
        enrolment.refresh_from_db()
        assert enrolment.completed_at is None  # three days, but the plan is not approved
        plan_approved["met"] = True
        with django_capture_on_commit_callbacks(execute=True):
            assert course_services.course_completion_check(user=learner, course=course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.days_attended == 3


def test_certificate_pdf_and_verification_show_hours_and_days(client, course, learner):
    from modules.certificates import render_pdf  # noqa: PLC0415 - WeasyPrint only for this test

    certificate = Certificate.objects.create(
        user=learner, course=course, full_name="Ola Nordmann", course_title=course.title, hours=12,
        issuer="NK LMH", completed_on=timezone.localdate(), days_attended=4,
    )  # fmt: skip
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "Kursdager deltatt" in page and ">4<" in page and ">12<" in page
    assert render_pdf(certificate).size > 1000
