"""The user representative's story talk (brukerinnlegg), drafted in guided
steps. A story is private to its owner; the owner may share it with chosen
co-teachers, who can read it (never the part the owner keeps private) and
leave comments."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.functions import Length, Lower
from django.db.models.lookups import LessThanOrEqual
from django.utils.translation import gettext_lazy as _

from elearning.locking import Versioned
from elearning.submit import SubmitOnce, submit_once

TITLE_MAX_LENGTH = 200
PART_MAX_LENGTH = 10_000
COMMENT_MAX_LENGTH = 5_000

# The text parts of a story, in the order of the guided steps. kept_private
# is the owner's own note and is never shown to anyone else.
PART_FIELDS = ("purpose", "audience", "key_experiences", "what_helped", "message", "kept_private")
# The editor steps a co-teacher can read and comment on (see stories.steps).
COMMENTABLE_STEPS = ("purpose", "what_helped", "message")


def _part(verbose_name):
    return models.TextField(verbose_name, blank=True, default="", validators=[MaxLengthValidator(PART_MAX_LENGTH)])


class Story(Versioned, SubmitOnce):
    """Autosave is optimistically locked on ``version`` (elearning.locking);
    the form that starts one is sent once (elearning.submit)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stories", verbose_name=_("owner")
    )
    title = models.CharField(_("working title"), max_length=TITLE_MAX_LENGTH)
    purpose = _part(_("purpose"))
    audience = _part(_("audience"))
    key_experiences = _part(_("key experiences"))
    what_helped = _part(_("what helped"))
    message = _part(_("the message to participants"))
    kept_private = _part(_("what I keep private"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)

    class Meta:
        verbose_name = _("story talk")
        verbose_name_plural = _("story talks")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="stories_story_title_not_empty"),
            models.CheckConstraint(condition=models.Q(version__gte=1), name="stories_story_version_positive"),
            submit_once("owner", name="stories_story_submit_once"),
            *(
                models.CheckConstraint(
                    condition=LessThanOrEqual(Length(name), PART_MAX_LENGTH), name=f"stories_story_{name}_max_length"
                )
                for name in PART_FIELDS
            ),
        ]

    def __str__(self):
        return self.title


class StoryShare(models.Model):
    """The owner has shared the story with the person at this e-mail address.

    ``user`` is the account with that address when the share was made (or
    made again), else empty: the owner is told the same either way, so
    sharing never reveals who has an account, and only an account reads."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="shares", verbose_name=_("story talk"))
    email = models.EmailField(_("e-mail address"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shared_stories",
        verbose_name=_("co-teacher"),
    )
    created_at = models.DateTimeField(_("shared"), auto_now_add=True)

    class Meta:
        verbose_name = _("shared story talk")
        verbose_name_plural = _("shared story talks")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["story", "user"], name="stories_share_unique_story_user"),
            models.UniqueConstraint("story", Lower("email"), name="stories_share_unique_story_email"),
        ]

    def __str__(self):
        return f"{self.story} → {self.email}"


class StoryComment(SubmitOnce):
    """A comment by the owner or a co-teacher the story is shared with,
    optionally about one step. notified_at is the claim for the e-mail to the
    owner: set once by a conditional UPDATE, so the e-mail goes at most once."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="comments", verbose_name=_("story talk"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="story_comments", verbose_name=_("author")
    )
    step = models.CharField(_("step"), max_length=32, blank=True, null=True)
    text = models.TextField(_("comment"), validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    notified_at = models.DateTimeField(_("owner notified"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("comment on a story talk")
        verbose_name_plural = _("comments on story talks")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(text=""), name="stories_comment_text_not_empty"),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), COMMENT_MAX_LENGTH), name="stories_comment_text_max_length"
            ),
            # Nobody but the owner sees the private part, so nobody comments on it.
            models.CheckConstraint(
                condition=models.Q(step__isnull=True) | models.Q(step__in=COMMENTABLE_STEPS),
                name="stories_comment_step_shared",
            ),
            submit_once("author", name="stories_comment_submit_once"),
        ]

    def __str__(self):
        return f"{self.author} on {self.story}"
