"""The cohort e-mails, each sent by an outbox job (cohorts.tasks) in the
recipient's language: a seat (confirmed / waiting list / promoted), a moved
course day (with the updated calendar event), a group message. Each checks
its row first and marks it after sending, so a job run twice sends once; a
group message's delivery row is also claimed by a conditional UPDATE before
sending, so two jobs at once send it once."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.selectors import user_language
from cohorts import ics
from cohorts.models import DayChangeNotice, GroupMessageRecipient, Participant, ParticipantStatus
from elearning.site_url import absolute_url
from elearning.text import single_line


def _send(*, user, subject: str, template: str, context: dict, attachment: tuple | None = None) -> None:
    with translation.override(user_language(user)):
        context = {**context, "name": user.get_full_name() or user.email, "site_name": settings.WAGTAIL_SITE_NAME}
        body = render_to_string(template, context)
        message = EmailMultiAlternatives(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + single_line(subject % context),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
    if attachment:
        message.attach(*attachment)
    message.send()


SEAT_SUBJECTS = {
    "confirmed": gettext_noop("You have a seat: %(title)s"),
    "waitlisted": gettext_noop("You are on the waiting list: %(title)s"),
    "promoted": gettext_noop("A seat became free for you: %(title)s"),
}


def deliver_seat_email(*, participant_id: int, kind: str) -> bool:
    participant = (
        Participant.objects.select_related("cohort__course", "user__profile").filter(pk=participant_id).first()
    )
    if participant is None or kind not in SEAT_SUBJECTS:
        return False
    still = {
        "confirmed": ParticipantStatus.CONFIRMED,
        "promoted": ParticipantStatus.CONFIRMED,
        "waitlisted": ParticipantStatus.WAITLISTED,
    }[kind]
    if participant.status != still:  # cancelled (or moved on) before the e-mail went
        return False
    cohort = participant.cohort
    with translation.override(user_language(participant.user)):  # the link too: /en/… for English
        subject = _(SEAT_SUBJECTS[kind])
        context = {
            "kind": kind,
            "title": f"{cohort.course.title}, {cohort.title}",
            "cohort": cohort,
            "cohort_url": absolute_url(cohort.get_absolute_url()),
        }
    _send(user=participant.user, subject=subject, template="cohorts/email/seat.txt", context=context)
    return True


def deliver_day_changed(*, notice_id: int) -> bool:
    notice = DayChangeNotice.objects.select_related("day__cohort__course", "user__profile").filter(pk=notice_id).first()
    if notice is None or notice.sent_at is not None:
        return False
    day, cohort = notice.day, notice.day.cohort
    if notice.sequence < day.ics_sequence:  # moved again since: the newer notice tells the news
        DayChangeNotice.objects.filter(pk=notice.pk, sent_at__isnull=True).update(sent_at=timezone.now())
        return False
    with translation.override(user_language(notice.user)):
        subject = _("Changed: %(title)s")
        data = ics.day_ics(day, cohort=cohort, sequence=notice.sequence)
        context = {
            "title": f"{cohort.course.title}, {day.label}",
            "day": day,
            "cohort": cohort,
            "cohort_url": absolute_url(cohort.get_absolute_url()),
        }
    _send(
        user=notice.user,
        subject=subject,
        template="cohorts/email/day_changed.txt",
        context=context,
        attachment=("kursdag.ics", data, "text/calendar; charset=utf-8; method=PUBLISH"),
    )
    DayChangeNotice.objects.filter(pk=notice.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    return True


def _claim_delivery(recipient_id: int) -> bool:
    """Claim one delivery for this job by a conditional UPDATE: one of two
    jobs wins. A claim older than the outbox's claim time is a job that died
    mid-way and may be taken again (e-mail is at least once only in that
    window, as elearning.outbox says)."""
    now = timezone.now()
    stale = now - datetime.timedelta(seconds=settings.OUTBOX["CLAIM_SECONDS"])
    return bool(
        GroupMessageRecipient.objects.filter(pk=recipient_id, sent_at__isnull=True)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))
        .update(claimed_at=now)
    )


def deliver_group_message(*, message_id: int, user_id: int) -> bool:
    """Send one member their copy of a group message, in their language,
    exactly once: the delivery row is claimed before and marked sent after.
    A send that fails releases the claim, so the outbox's retry sends it."""
    recipient = (
        GroupMessageRecipient.objects.select_related(
            "message__group__cohort__course", "message__cohort__course", "message__author", "user__profile"
        )
        .filter(message_id=message_id, user_id=user_id)
        .first()
    )
    if recipient is None or recipient.sent_at is not None or not _claim_delivery(recipient.pk):
        return False
    message = recipient.message
    group = message.group
    cohort = group.cohort if group else message.cohort
    if group is None:  # to the whole cohort: the link goes to the recipient's own group's history
        seat = Participant.objects.filter(cohort=cohort, user=recipient.user).first()
        own_group_id = seat.group_id if seat else None
    else:
        own_group_id = group.pk
    with translation.override(user_language(recipient.user)):  # the link too: /en/… for English
        context = {
            "subject": message.subject,
            "message": message,
            "group": group,
            "cohort": cohort,
            "author": message.author.get_full_name() if message.author else "",
            "history_url": absolute_url(
                reverse("cohorts:group_messages", args=[cohort.pk, own_group_id])
                if own_group_id
                else cohort.get_absolute_url()
            ),
        }
    try:
        _send(user=recipient.user, subject="%(subject)s", template="cohorts/email/group_message.txt", context=context)
    except Exception:
        GroupMessageRecipient.objects.filter(pk=recipient.pk, sent_at__isnull=True).update(claimed_at=None)
        raise
    GroupMessageRecipient.objects.filter(pk=recipient.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    return True
