import datetime

import pytest

from assignments import services
from assignments.models import Reminder, ReminderKind
from elearning.models import OutboxMessage


@pytest.fixture
def deliver(django_capture_on_commit_callbacks):
    """Run the sweep as beat does; the outbox delivers after the commit."""

    def run(now):
        with django_capture_on_commit_callbacks(execute=True):
            return services.reminders_enqueue(now=now)

    return run


def test_participants_who_have_not_submitted_are_reminded_once(world, assignment, deliver, mailoutbox):
    before = assignment.due_at - datetime.timedelta(hours=24)
    services.submission_save(
        user=world.peer.user, assignment_id=assignment.pk, text="Levert", base_version=0, submit=True,
        now=before - datetime.timedelta(hours=1),
    )  # fmt: skip
    assert deliver(before) == 2  # the learner and the stranger; the peer has submitted
    assert deliver(before + datetime.timedelta(minutes=15)) == 0
    recipients = sorted(message.to[0] for message in mailoutbox)
    assert recipients == sorted([world.learner.user.email, world.stranger.user.email])
    assert assignment.title in mailoutbox[0].subject
    assert Reminder.objects.filter(kind=ReminderKind.DUE, done_at__isnull=False).count() == 2


def test_no_reminder_long_before_the_due_time(world, assignment, deliver, mailoutbox):
    assert deliver(assignment.due_at - datetime.timedelta(days=5)) == 0
    assert mailoutbox == []


def test_a_reminder_for_someone_who_submitted_meanwhile_is_not_sent(world, assignment, mailoutbox):
    services.reminders_enqueue(now=assignment.due_at - datetime.timedelta(hours=1))
    services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Levert", base_version=0, submit=True
    )
    reminder = Reminder.objects.get(user=world.learner.user)
    assert services.reminder_send(reminder_id=reminder.pk) is False
    assert services.reminder_send(reminder_id=reminder.pk) is False
    assert all(world.learner.user.email not in message.to for message in mailoutbox)


def test_leaders_hear_once_about_a_submission_that_waits(world, assignment, deliver, mailoutbox, settings):
    submission = services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Svar", base_version=0, submit=True
    )
    later = submission.submitted_at + datetime.timedelta(hours=settings.ASSIGNMENTS["WAITING_REMINDER_HOURS"] + 1)
    deliver(later)
    deliver(later + datetime.timedelta(hours=1))
    leaders = {world.group_leader.email, *world.cohort.leaders.values_list("user__email", flat=True)}
    assert sorted(message.to[0] for message in mailoutbox) == sorted(leaders)
    assert OutboxMessage.objects.filter(handler="assignments.tasks.send_waiting_digest").count() == len(leaders)
