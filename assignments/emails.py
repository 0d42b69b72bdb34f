"""The reminder e-mails, in the person's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.selectors import user_language
from assignments.models import Reminder
from elearning.site_url import absolute_url
from elearning.text import single_line


def _name(user) -> str:
    return user.get_full_name() or user.email


def due_reminder(reminder: Reminder) -> EmailMessage:
    assignment = reminder.assignment
    with translation.override(user_language(reminder.user)):
        body = render_to_string(
            "assignments/email/due_reminder.txt",
            {
                "name": _name(reminder.user),
                "assignment": assignment,
                "cohort": assignment.cohort,
                "url": absolute_url(assignment.get_absolute_url()),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        subject = single_line(_("Reminder: %(title)s is due soon") % {"title": assignment.title})
    return EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[reminder.user.email],
    )


def waiting_digest(user, reminders: list[Reminder]) -> EmailMessage:
    with translation.override(user_language(user)):
        body = render_to_string(
            "assignments/email/waiting_digest.txt",
            {
                "name": _name(user),
                "submissions": [reminder.submission for reminder in reminders],
                "url": absolute_url(reverse("assignments:waiting")),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        subject = _("Submissions are waiting for your feedback")
    return EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
