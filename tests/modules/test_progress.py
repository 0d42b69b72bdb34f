"""Progress services: idempotence, constraints, locking, audience-aware completion."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Role
from modules import selectors, services
from modules.models import Audience, CourseFormat, CoursePage, Enrolment, LessonCompletion, audience_for_role
from tests.factories.accounts import UserFactory
from tests.factories.modules import build_course, publish
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_audience_for_role():
    assert audience_for_role(Role.PROFESSIONAL) == Audience.PROFESSIONAL
    assert audience_for_role(Role.USER_REPRESENTATIVE) == Audience.USER_REPRESENTATIVE
    assert audience_for_role(Role.RELATIVE) == Audience.PROFESSIONAL
    assert audience_for_role(Role.OTHER) == Audience.PROFESSIONAL
    assert audience_for_role(None) == Audience.PROFESSIONAL


def test_unique_constraints_hold_in_the_database(course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=learner, course=course)
    LessonCompletion.objects.create(user=learner, lesson=lessons[0], course=course, source="marked")
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonCompletion.objects.create(user=learner, lesson=lessons[0], course=course, source="marked")


def test_mark_complete_is_idempotent(course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    assert services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk) is True
    assert services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk) is False
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_rule_mismatch_is_refused(course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=1)
    lesson = built[0][1][0]
    lesson.completion_rule = "reflection"
    lesson.body = [("reflection", {"key": "k-1", "prompt": "Hva tenker du?"})]
    publish(lesson)
    services.course_enrol(user=learner, course=course)
    with pytest.raises(services.WrongCompletionRule):
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)


def test_course_completion_is_set_once_and_never_goes_back(course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=2)
    services.course_enrol(user=learner, course=course)
    for lesson in built[0][1]:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    completed_at = Enrolment.objects.get(user=learner).completed_at
    assert completed_at is not None
    # An editor adds a lesson later: the completion date stays as it was.
    from tests.factories.modules import LessonPageFactory

    new_lesson = publish(LessonPageFactory(parent=built[0][0]))
    services.lesson_mark_complete(user=learner, lesson_id=new_lesson.pk)
    assert Enrolment.objects.get(user=learner).completed_at == completed_at
    assert LessonCompletion.objects.filter(user=learner).count() == 3


def test_opened_rule_completes_on_visit(client, course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=2)
    lesson = built[0][1][0]
    lesson.completion_rule = "opened"
    publish(lesson)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    client.get(lesson.url)
    client.get(lesson.url)
    assert LessonCompletion.objects.get(user=learner, lesson=lesson).source == "opened"


def test_modules_locked_in_order(course_index, learner):
    course, built = build_course(course_index, modules=3, lessons=1, lock_modules_in_order=True)
    services.course_enrol(user=learner, course=course)
    progress = selectors.course_progress(course=course, user=learner)
    assert [m.locked for m in progress.modules] == [False, True, True]
    services.lesson_mark_complete(user=learner, lesson_id=built[0][1][0].pk)
    progress = selectors.course_progress(course=course, user=learner)
    assert [m.locked for m in progress.modules] == [False, False, True]
    with pytest.raises(services.LessonLocked):
        services.lesson_mark_complete(user=learner, lesson_id=built[2][1][0].pk)


def test_a_cohort_course_cannot_lock_modules_in_order(course_index):
    """Its course days set the pace: the lock would hide the pre-work a day names."""
    course, _built = build_course(course_index, modules=2, lessons=1, course_format=CourseFormat.COHORT)
    course.lock_modules_in_order = True

    with pytest.raises(ValidationError) as refused:
        course.full_clean()
    assert refused.value.message_dict["lock_modules_in_order"] == [
        nb(
            "A cohort course cannot lock modules in order: its course days set the pace, and the pre-work a course "
            "day names must open for every participant. Untick “Lock modules in order”, or give a module an "
            "“Available from” date."
        )
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        CoursePage.objects.filter(pk=course.pk).update(lock_modules_in_order=True)

    course.course_format = CourseFormat.SELF_PACED
    course.full_clean()


def test_module_available_from_date(course_index, learner):
    later = timezone.now() + datetime.timedelta(days=3)
    course, built = build_course(course_index, modules=2, lessons=1, module_kwargs={1: {"available_from": later}})
    services.course_enrol(user=learner, course=course)
    progress = selectors.course_progress(course=course, user=learner)
    assert progress.modules[1].locked and progress.modules[1].lock_reason == "date"
    with pytest.raises(services.LessonLocked):
        services.lesson_mark_complete(user=learner, lesson_id=built[1][1][0].pk)
    progress = selectors.course_progress(course=course, user=learner, now=later + datetime.timedelta(minutes=1))
    assert not progress.modules[1].locked


def test_completion_counts_only_the_learners_modules(course_index, user_rep, learner):
    course, built = build_course(
        course_index,
        modules=3,
        lessons=1,
        module_kwargs={1: {"audience": "professional"}, 2: {"audience": "user_representative"}},
    )
    common, for_professionals, for_user_reps = (lessons[0] for _, lessons in built)
    for user in (user_rep, learner):
        services.course_enrol(user=user, course=course)
        services.lesson_mark_complete(user=user, lesson_id=common.pk)
    rep = selectors.course_progress(course=course, user=user_rep)
    pro = selectors.course_progress(course=course, user=learner)
    assert (rep.total, pro.total) == (2, 2)
    services.lesson_mark_complete(user=user_rep, lesson_id=for_user_reps.pk)
    services.lesson_mark_complete(user=learner, lesson_id=for_professionals.pk)
    assert Enrolment.objects.get(user=user_rep).completed_at is not None
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_relatives_follow_the_professional_path(course_index):
    relative = UserFactory(profile__role=Role.RELATIVE)
    course, built = build_course(
        course_index, modules=2, lessons=1, module_kwargs={1: {"audience": "user_representative"}}
    )
    services.course_enrol(user=relative, course=course)
    progress = selectors.course_progress(course=course, user=relative)
    assert progress.total == 1 and not progress.modules[1].counts


def test_audience_sections_follow_the_learner(client, course_index, user_rep, learner):
    from tests.factories.modules import LessonPageFactory

    course, built = build_course(course_index, modules=1, lessons=0)
    lesson = publish(
        LessonPageFactory(
            parent=built[0][0],
            body=[
                (
                    "audience_section",
                    {"audience": "professional", "title": "Til deg som fagperson", "text": "<p>A</p>"},
                ),
                (
                    "audience_section",
                    {"audience": "user_representative", "title": "Til deg som brukerrepresentant", "text": "<p>B</p>"},
                ),
                ("audience_section", {"audience": "all", "title": "Til dere begge", "text": "<p>C</p>"}),
            ],
        )
    )
    for user, shown, hidden, tag in (
        (learner, "Til deg som fagperson", "Til deg som brukerrepresentant", nb("For professionals")),
        (user_rep, "Til deg som brukerrepresentant", "Til deg som fagperson", nb("For user representatives")),
    ):
        services.course_enrol(user=user, course=course)
        client.force_login(user)
        content = client.get(lesson.url).content.decode()
        assert shown in content and "Til dere begge" in content and hidden not in content
        assert f">{tag}</p>" in content
        assert f">{nb('For professionals and user representatives')}</p>" in content


def test_invitation_enrols_into_closed_course(client, course_index, learner):
    from tests.factories.modules import CourseInvitationFactory

    course, _ = build_course(course_index, modules=1, lessons=1, enrolment_mode="closed")
    invitation = CourseInvitationFactory(course=course)
    assert len(invitation.token) >= 32
    client.force_login(learner)
    url = invitation.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302  # twice: still one enrolment
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.source == "invitation"
    assert client.get("/kurs-handling/invitasjon/feil-token/").status_code == 404
    invitation.active = False
    invitation.save()
    assert client.get(url).status_code == 404


def test_staff_add_learners_by_email(course_index, learner):
    course, _ = build_course(course_index, modules=1, lessons=1, enrolment_mode="closed")
    result = services.course_enrol_emails(
        course=course, emails=[learner.email.upper(), "ingen@example.no", learner.email, ""]
    )
    assert result == {"enrolled": [learner.email], "already": [], "unknown": ["ingen@example.no"]}
    again = services.course_enrol_emails(course=course, emails=[learner.email])
    assert again["already"] == [learner.email]
