"""A leader's message to a local group, by e-mail: the copy is kept as the
group's history, each member gets it exactly once (a delivery row per
member, claimed by a conditional UPDATE in the outbox job, see
cohorts.services.emails). The same form sent twice (its one-time key,
elearning.submit) is one message."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from cohorts.models import Cohort, GroupMessage, GroupMessageRecipient, LocalGroup, Participant, ParticipantStatus
from elearning import outbox
from elearning.errors import UserError
from elearning.submit import create_once
from elearning.text import multiline, single_line

MAX_BODY = 10_000


@transaction.atomic
def group_message_send(
    *, group_id: int, author, subject: str, body: str, submit_key: str | None = None
) -> GroupMessage:
    """Send a message to the group's confirmed members. The caller checked
    that ``author`` leads the group."""
    subject, body = _checked(subject, body)
    group = LocalGroup.objects.filter(pk=group_id).first()
    if group is None:
        raise UserError(_("This group does not exist."), code="not_found")
    members = Participant.objects.filter(group=group, status=ParticipantStatus.CONFIRMED)
    return _send_once(
        author=author,
        submit_key=submit_key,
        fields={"group": group, "subject": subject, "body": body},
        user_ids=members.values_list("user_id", flat=True),
    )


@transaction.atomic
def cohort_message_send(
    *, cohort_id: int, author, subject: str, body: str, submit_key: str | None = None
) -> GroupMessage:
    """A course leader's message to every confirmed participant of the
    cohort; every group's history shows it. The caller checked that
    ``author`` is a course leader of the cohort."""
    subject, body = _checked(subject, body)
    cohort = Cohort.objects.filter(pk=cohort_id).first()
    if cohort is None:
        raise UserError(_("This cohort does not exist."), code="not_found")
    participants = Participant.objects.filter(cohort=cohort, status=ParticipantStatus.CONFIRMED)
    return _send_once(
        author=author,
        submit_key=submit_key,
        fields={"cohort": cohort, "subject": subject, "body": body},
        user_ids=participants.values_list("user_id", flat=True),
    )


def _checked(subject: str, body: str) -> tuple[str, str]:
    subject, body = single_line(subject)[:200], multiline(body)
    if not subject:
        raise UserError(_("Write a subject."), code="required", field="subject")
    if not body:
        raise UserError(_("Write a message."), code="required", field="body")
    if len(body) > MAX_BODY:
        raise UserError(
            _("The message is too long (at most %(max)s characters).") % {"max": MAX_BODY},
            code="too_long",
            field="body",
        )
    return subject, body


def _send_once(*, author, submit_key: str | None, fields: dict, user_ids) -> GroupMessage:
    message, created = create_once(
        GroupMessage,
        owner={"author": author},
        submit_key=submit_key,
        create=lambda: GroupMessage.objects.create(author=author, submit_key=submit_key or None, **fields),
    )
    if not created:  # the same form again: its deliveries are on their way already
        return message
    for user_id in user_ids:
        GroupMessageRecipient.objects.create(message=message, user_id=user_id)
        outbox.enqueue(
            "cohorts.tasks.send_group_message", message.pk, user_id, key=f"cohorts.group_message:{message.pk}:{user_id}"
        )
    return message
