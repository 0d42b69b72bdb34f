"""The e-mails about a registration, rendered in the person's language, with
the calendar file attached where the calendar should change."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from elearning.site_url import absolute_url
from elearning.text import single_line
from theme_sessions import ics, selectors, tokens
from theme_sessions.models import NotificationKind, Registration

WITH_CALENDAR = {
    NotificationKind.CONFIRMATION,
    NotificationKind.PROMOTED,
    NotificationKind.CHANGED,
    NotificationKind.CANCELLED,
}


def _subject(kind: str, title: str, variant: int) -> str:
    subjects = {
        NotificationKind.GUEST_VERIFY: _("Confirm your registration: %(title)s"),
        NotificationKind.CONFIRMATION: _("You are registered: %(title)s"),
        NotificationKind.WAITLISTED: _("You are on the waiting list: %(title)s"),
        NotificationKind.PROMOTED: _("You have a seat: %(title)s"),
        NotificationKind.REMINDER: _("Reminder: %(title)s"),
        NotificationKind.CHANGED: _("Changed: %(title)s"),
        NotificationKind.CANCELLED: _("Cancelled: %(title)s"),
        NotificationKind.RECORDING_READY: _("The recording is ready: %(title)s"),
    }
    return settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + single_line(subjects[kind] % {"title": title})


def build_message(*, registration: Registration, kind: str, variant: int) -> EmailMultiAlternatives:
    session = registration.session
    with translation.override(registration.language or settings.LANGUAGE_CODE):
        context = {
            "kind": kind,
            "variant": variant,
            "registration": registration,
            "session": session,
            "name": registration.display_name,
            "session_url": absolute_url(session.url or "/"),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        if registration.is_guest:
            manage = tokens.guest_manage_token(registration_id=registration.pk)
            context["manage_url"] = absolute_url(reverse("theme_sessions:guest_manage", args=[manage]))
            if kind == NotificationKind.GUEST_VERIFY:
                confirm = tokens.guest_confirm_token(registration_id=registration.pk, round=registration.round)
                context["confirm_url"] = absolute_url(reverse("theme_sessions:guest_confirm", args=[confirm]))
                context["link_hours"] = settings.THEME_SESSIONS["GUEST_LINK_MAX_AGE_HOURS"]
        else:
            context["manage_url"] = absolute_url(reverse("theme_sessions:my_sessions"))
        body = render_to_string("theme_sessions/email/notification.txt", context)
        message = EmailMultiAlternatives(
            subject=_subject(kind, session.title, variant),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
        )
        if kind in WITH_CALENDAR:
            sequence = variant if kind in (NotificationKind.CHANGED, NotificationKind.CANCELLED) else None
            if sequence is None:
                sequence = selectors.session_sequence(session)
            data = ics.session_ics(session, sequence=sequence)
            method = "CANCEL" if session.cancelled else "PUBLISH"
            message.attach("temasamling.ics", data, f"text/calendar; charset=utf-8; method={method}")
    return message
