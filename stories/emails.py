"""The e-mail to a story's owner about a new comment, in the owner's language.
It names the co-teacher and links to the story, and leaves out the comment
and the story's title (they stay behind the login)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.selectors import user_language
from elearning.site_url import absolute_url
from stories.models import StoryComment


def comment_notification(*, comment: StoryComment) -> EmailMessage:
    owner = comment.story.owner
    language = user_language(owner)
    with translation.override(language):
        context = {
            "name": owner.get_full_name() or owner.email,
            "author": comment.author.get_full_name() or comment.author.email,
            "story_url": absolute_url(reverse("stories:detail", args=[comment.story_id]) + "#comments"),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        return EmailMessage(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("New comment on your story talk"),
            body=render_to_string("stories/email/comment_notification.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[owner.email],
        )
