"""The invitation e-mail, in the language it was sent from."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from coteaching.models import Invitation
from elearning.site_url import absolute_url
from elearning.text import single_line


def accept_url(invitation: Invitation) -> str:
    with translation.override(invitation.language or settings.LANGUAGE_CODE):
        path = reverse("coteaching:invitation_accept", args=[invitation.token])
    return absolute_url(path)


def build_invitation_email(invitation: Invitation) -> EmailMultiAlternatives:
    inviter = invitation.invited_by
    with translation.override(invitation.language or settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "team": invitation.team,
            "plan": invitation.team.plan,
            "inviter": (inviter.get_full_name() or inviter.email) if inviter else "",
            "accept_url": accept_url(invitation),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = single_line(render_to_string("coteaching/email/invitation_subject.txt", context))
        body = render_to_string("coteaching/email/invitation_body.txt", context)
    return EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
    )
