"""A leader's message to a local group, by e-mail: the copy is kept as the
group's history, each member gets it exactly once (a delivery row per
member, claimed by a conditional UPDATE in the outbox job, see
cohorts.services.emails). The same form sent twice (its one-time key,
elearning.submit) is one message."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from cohorts.models import GroupMessage, GroupMessageRecipient, LocalGroup, Participant, ParticipantStatus
from elearning import outbox
from elearning.errors import UserError
from elearning.submit import create_once
from elearning.text import multiline, single_line

MAX_BODY = 10_000


@transaction.atomic
def group_message_send(
    *, group_id: int, author, subject: str, body: str, submit_key: str | None = None
) -> GroupMessage:
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
    group = LocalGroup.objects.filter(pk=group_id).first()
    if group is None:
        raise UserError(_("This group does not exist."), code="not_found")
    message, created = create_once(
        GroupMessage,
        owner={"author": author},
        submit_key=submit_key,
        create=lambda: GroupMessage.objects.create(
            group=group, author=author, subject=subject, body=body, submit_key=submit_key or None
        ),
    )
    if not created:  # the same form again: its deliveries are on their way already
        return message
    users = Participant.objects.filter(group=group, status=ParticipantStatus.CONFIRMED).values_list(
        "user_id", flat=True
    )
    for user_id in users:
        GroupMessageRecipient.objects.create(message=message, user_id=user_id)
        outbox.enqueue(
            "cohorts.tasks.send_group_message", message.pk, user_id, key=f"cohorts.group_message:{message.pk}:{user_id}"
        )
    return message
