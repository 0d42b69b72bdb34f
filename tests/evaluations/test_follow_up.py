import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from cohorts.models import ParticipantStatus
from elearning.models import OutboxMessage
from evaluations import services, tasks
from evaluations.models import FollowUpInvitation, FormKind
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form

pytestmark = pytest.mark.django_db


def _ended(course, days_ago: int):
    ends_on = timezone.localdate() - datetime.timedelta(days=days_ago)
    return build_cohort(course, days=1, starts_on=ends_on, ends_on=ends_on)


@pytest.fixture
def follow_up_form(course):
    return build_form(course, FormKind.FOLLOW_UP, likert=1, text=1)


def test_ninety_days_after_the_last_day_each_confirmed_participant_is_invited_once(course, follow_up_form):
    cohort = _ended(course, 90)
    confirmed = [ParticipantFactory(cohort=cohort).user for _ in range(2)]
    ParticipantFactory(cohort=cohort, status=ParticipantStatus.CANCELLED)

    assert services.follow_up_invite_due() == 2
    assert services.follow_up_invite_due() == 0

    assert set(FollowUpInvitation.objects.values_list("user", flat=True)) == {u.pk for u in confirmed}
    jobs = OutboxMessage.objects.filter(handler="evaluations.tasks.send_follow_up")
    assert sorted(jobs.values_list("key", flat=True)) == sorted(
        f"evaluations.follow_up:{cohort.pk}:{u.pk}" for u in confirmed
    )


@pytest.mark.parametrize("days_ago", [89, 121])
def test_cohorts_outside_the_window_are_left_alone(course, follow_up_form, days_ago):
    ParticipantFactory(cohort=_ended(course, days_ago))

    assert services.follow_up_invite_due() == 0


def test_a_course_without_a_follow_up_form_sends_nothing(course):
    build_form(course, FormKind.COURSE_END)
    ParticipantFactory(cohort=_ended(course, 95))

    assert services.follow_up_invite_due() == 0


def test_the_beat_task_invites(course, follow_up_form):
    ParticipantFactory(cohort=_ended(course, 100))

    assert tasks.invite_follow_ups.delay().get() == 1


def test_the_email_links_to_the_form_and_goes_out_once(course, follow_up_form, settings):
    settings.SITE_URL = "https://kurs.example.no"
    cohort = _ended(course, 90)
    user = UserFactory(first_name="Kari", last_name="Nordmann")
    ParticipantFactory(cohort=cohort, user=user)
    services.follow_up_invite_due()
    invitation = FollowUpInvitation.objects.get()

    assert tasks.send_follow_up(invitation.pk) is True
    assert tasks.send_follow_up(invitation.pk) is False

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert f"https://kurs.example.no/evaluering/kull/{cohort.pk}/oppfolging/" in message.body
    assert course.title in message.subject
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None


@pytest.mark.parametrize(("language", "prefix"), [("en", "/en"), ("nn", "/nn"), ("nb", "")])
def test_the_email_is_in_the_participants_language(course, follow_up_form, settings, language, prefix):
    settings.SITE_URL = "https://kurs.example.no"
    cohort = _ended(course, 90)
    user = UserFactory(first_name="Ola", last_name="Nordmann")
    user.profile.preferred_language = language
    user.profile.save()
    ParticipantFactory(cohort=cohort, user=user)
    services.follow_up_invite_due()

    assert tasks.send_follow_up(FollowUpInvitation.objects.get().pk) is True

    message = mail.outbox[0]
    assert f"https://kurs.example.no{prefix}/evaluering/kull/{cohort.pk}/oppfolging/" in message.body
    with translation.override(language):
        expected_subject = gettext("%(course)s: what have you changed in your practice?") % {"course": course.title}
        expected_greeting = gettext("Hello %(name)s,") % {"name": "Ola Nordmann"}
    assert message.subject.endswith(expected_subject)
    assert message.body.startswith(expected_greeting)
