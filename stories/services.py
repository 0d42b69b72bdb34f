"""Every write for the story builder.

Who may do what: only the owner creates, edits, shares, unshares and deletes
a story; the owner and the co-teachers it is shared with comment on it.
Anyone else gets StoryNotFound, the same answer as for an id that does not
exist, so a story's existence is never revealed (views turn it into a 404).

Autosave uses the shared optimistic lock (elearning.locking): the editor
sends the story version it started from (base_version), and the save is a
conditional UPDATE on it. If the story was saved since (another tab, another
window), nothing is overwritten: the save is refused as a whole and the
caller gets both texts of every part that differs, to choose from.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from elearning import outbox, user_cache
from elearning.errors import UserError, length_and_limit
from elearning.locking import update_if_version
from elearning.submit import create_once
from elearning.text import multiline, normalise_email, single_line
from stories import emails
from stories.models import (
    COMMENT_MAX_LENGTH,
    COMMENTABLE_STEPS,
    PART_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Story,
    StoryComment,
    StoryShare,
)
from stories.steps import PARTS_BY_NAME, STEPS_BY_KEY, TITLE

logger = logging.getLogger(__name__)

MAX_SHARES = 10


class StoryNotFound(UserError):
    status = 404

    def __init__(self):
        super().__init__(_("This story talk does not exist, or it is not shared with you."), code="not_found")


@dataclass(frozen=True)
class PartConflict:
    """A part someone else changed after the editor's base version."""

    name: str
    label: str
    your_text: str
    saved_text: str


@dataclass
class SaveResult:
    story: Story
    changed: bool = False
    conflicts: list[PartConflict] = dataclasses.field(default_factory=list)

    @property
    def saved(self) -> bool:
        return not self.conflicts


# --- Helpers -------------------------------------------------------------


def _too_long(label: str, length: int, limit: int, *, field: str) -> UserError:
    return UserError(
        _("“%(label)s” is %(length)s characters long. The limit is %(limit)s; shorten it and save again.")
        % {"label": label, **length_and_limit(length, limit)},
        code="too_long",
        field=field,
    )


def _clean_title(title) -> str:
    title = single_line(title)
    if not title:
        raise UserError(_("Give the story talk a working title."), code="title_required", field="title")
    if len(title) > TITLE_MAX_LENGTH:
        raise _too_long(str(TITLE.label), len(title), TITLE_MAX_LENGTH, field="title")
    return title


def _owned_story(*, user, story_id, lock: bool = False) -> Story:
    queryset = Story.objects.select_for_update() if lock else Story.objects
    story = queryset.filter(pk=story_id, owner_id=user.pk).first() if user.is_authenticated else None
    if story is None:
        raise StoryNotFound()
    return story


# --- Stories ---------------------------------------------------------------


@transaction.atomic
def story_create(*, user, title: str, submit_key: str | None = None) -> Story:
    """A new, private story owned by ``user``. Refuses an empty or
    oversized title with UserError. The same form sent twice (same
    ``submit_key``, see elearning.submit) returns the first story."""
    title = _clean_title(title)

    def create() -> Story:
        story = Story(owner=user, title=title, submit_key=submit_key or None)
        story.full_clean(exclude=["submit_key"])  # the insert decides (elearning.submit)
        story.save()
        return story

    story, _created = create_once(Story, owner={"owner": user}, submit_key=submit_key, create=create)
    return story


@transaction.atomic
def story_save_step(*, user, story_id: int, step: str, texts: Mapping[str, str], base_version: int) -> SaveResult:
    """Save the parts of one editor step (``texts`` maps part names of that
    step to their text; parts left out are not touched). Owner only.

    Atomic and all-or-nothing. Refuses oversized text with UserError and
    saves nothing. If the story was saved after ``base_version``, nothing is
    saved and the result lists each part that differs from what is sent, with
    both texts. Saving the same texts again
    changes nothing and does not bump the version, so a retried request is
    harmless."""
    if step not in STEPS_BY_KEY:
        raise UserError(_("This step does not exist."), code="bad_step")
    allowed = STEPS_BY_KEY[step].fields
    unknown = set(texts) - set(allowed)
    if unknown:
        raise UserError(_("This step does not exist."), code="bad_step")
    cleaned = {}
    for name, text in texts.items():
        if name == TITLE.name:
            cleaned[name] = _clean_title(text)
            continue
        text = multiline(text)
        if len(text) > PART_MAX_LENGTH:
            raise _too_long(str(PARTS_BY_NAME[name].label), len(text), PART_MAX_LENGTH, field=name)
        cleaned[name] = text

    story = _owned_story(user=user, story_id=story_id)
    changed = {name: text for name, text in cleaned.items() if getattr(story, name) != text}
    if not changed:
        return SaveResult(story=story)
    if not update_if_version(Story.objects, pk=story.pk, version=base_version, updated_at=timezone.now(), **changed):
        story.refresh_from_db()
        conflicts = [
            PartConflict(
                name=name, label=str(PARTS_BY_NAME[name].label), your_text=text, saved_text=getattr(story, name)
            )
            for name, text in cleaned.items()
            if getattr(story, name) != text
        ]
        # Every part sent is what is saved already: the request arrived twice.
        return SaveResult(story=story, conflicts=conflicts)
    user_cache.bump_shared("stories")  # "Mine kurs" shows the title and when it was last saved
    story.refresh_from_db()
    return SaveResult(story=story, changed=True)


@transaction.atomic
def story_delete(*, user, story_id: int) -> None:
    """Delete the story with its shares and comments. Owner only; deleting
    one that is already gone raises StoryNotFound."""
    _owned_story(user=user, story_id=story_id, lock=True).delete()


# --- Sharing ---------------------------------------------------------------


@transaction.atomic
def story_share(*, user, story_id: int, email: str) -> tuple[StoryShare, bool]:
    """Share the story with whoever has an account with ``email``. Owner only.

    The answer is the same whether or not the address has an account, so
    sharing never tells the owner who is registered: the share is recorded
    with the address, and linked to the account if there is one (sharing
    again links an account made since). Idempotent: sharing again returns
    the existing share and False. Refuses the owner's own address and more
    than MAX_SHARES addresses with UserError."""
    story = _owned_story(user=user, story_id=story_id, lock=True)
    email = normalise_email(email)
    if email == normalise_email(user.email):
        raise UserError(
            _("That is your own e-mail address. Enter your co-teacher's address."), code="self", field="email"
        )
    co_teacher = User.objects.filter(email__iexact=email, is_active=True).exclude(pk=user.pk).first()
    existing = StoryShare.objects.filter(story=story, email__iexact=email).first()
    if existing:
        if existing.user_id is None and co_teacher is not None:
            existing.user = co_teacher
            existing.save(update_fields=["user"])
        return existing, False
    if StoryShare.objects.filter(story=story).count() >= MAX_SHARES:
        raise UserError(
            _("A story talk can be shared with at most %(max)s people. Stop sharing with someone first.")
            % {"max": MAX_SHARES},
            code="too_many",
        )
    try:
        with transaction.atomic():
            return StoryShare.objects.create(story=story, email=email, user=co_teacher), True
    except IntegrityError:  # shared in parallel
        return StoryShare.objects.get(story=story, email__iexact=email), False


@transaction.atomic
def story_unshare(*, user, story_id: int, share_id: int) -> bool:
    """Stop sharing with one co-teacher. Owner only. Idempotent: returns
    whether a share was removed. Their earlier comments stay for the owner."""
    story = _owned_story(user=user, story_id=story_id, lock=True)
    deleted, _details = StoryShare.objects.filter(story=story, pk=share_id).delete()
    return bool(deleted)


# --- Comments --------------------------------------------------------------


@transaction.atomic
def comment_add(
    *, user, story_id: int, text: str, step: str | None = None, submit_key: str | None = None
) -> tuple[StoryComment, bool]:
    """A comment by the owner or by a co-teacher the story is shared with
    (anyone else: StoryNotFound). ``step`` is one of the shared steps or
    None for the whole story. The owner gets an e-mail about a co-teacher's
    comment once it is committed. The same form sent twice (same
    ``submit_key``, see elearning.submit) returns the first comment and False."""
    story = Story.objects.filter(pk=story_id).first() if user.is_authenticated else None
    if story is None or (story.owner_id != user.pk and not StoryShare.objects.filter(story=story, user=user).exists()):
        raise StoryNotFound()
    step = step or None
    if step is not None and step not in COMMENTABLE_STEPS:
        raise UserError(_("Choose a part of the story talk that the comment is about."), code="bad_step")
    text = multiline(text).strip()
    if not text:
        raise UserError(_("Write a comment before you send it."), code="empty", field="text")
    if len(text) > COMMENT_MAX_LENGTH:
        raise _too_long(_("Comment"), len(text), COMMENT_MAX_LENGTH, field="text")

    def create():
        comment = StoryComment(story=story, author=user, step=step, text=text, submit_key=submit_key or None)
        comment.full_clean(exclude=["submit_key"])  # the insert decides (elearning.submit)
        comment.save()
        return comment

    comment, created = create_once(StoryComment, owner={"author": user}, submit_key=submit_key, create=create)
    if not created:
        return comment, False
    if user.pk != story.owner_id:
        outbox.enqueue("stories.tasks.notify_owner_of_comment", comment.pk, key=f"stories.comment:{comment.pk}")
    return comment, True


def comment_notify_owner(*, comment_id: int) -> bool:
    """E-mail the story's owner that a co-teacher has commented, once per
    comment: sent only while notified_at is empty, recorded after the mail
    server took it (the outbox runs one delivery at a time; a failed send
    raises for the outbox to retry). Returns whether this call sent it. The
    e-mail names the co-teacher but carries neither the comment nor the
    story's title: both may reveal health information, and they stay behind
    the login."""
    comment = (
        StoryComment.objects.select_related("story__owner__profile", "author")
        .filter(pk=comment_id, notified_at__isnull=True)
        .first()
    )
    if comment is None or comment.author_id == comment.story.owner_id or not comment.story.owner.is_active:
        return False
    emails.comment_notification(comment=comment).send()
    StoryComment.objects.filter(pk=comment.pk, notified_at__isnull=True).update(notified_at=timezone.now())
    logger.info("Comment %s: owner notified", comment.pk)
    return True


# --- Privacy ---------------------------------------------------------------


@transaction.atomic
def stories_erase_for_user(*, user) -> None:
    """Before an account is deleted: delete the person's stories (with the
    shares and every comment on them), the shares others gave them, and the
    comments they wrote on others' stories. A comment is free text that can
    identify its author, so it is deleted rather than kept without a name;
    the story's owner loses that feedback but keeps their own story."""
    Story.objects.filter(owner=user).delete()
    StoryShare.objects.filter(user=user).delete()
    StoryComment.objects.filter(author=user).delete()


__all__ = [
    "MAX_SHARES",
    "PartConflict",
    "SaveResult",
    "StoryNotFound",
    "comment_add",
    "comment_notify_owner",
    "stories_erase_for_user",
    "story_create",
    "story_delete",
    "story_save_step",
    "story_share",
    "story_unshare",
]
