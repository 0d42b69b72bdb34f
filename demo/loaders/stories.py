"""Demo content for the story builder: the demo user representative's draft
story talk (DRAFT_STORY in demo/content/coteaching.py), shared with
the demo professional, who has left a comment. Idempotent: the story is
looked up by owner and title and updated in place; the share and the comment
are looked up, never duplicated. No e-mail is sent for the demo comment."""

from django.utils import timezone

from accounts.models import User
from demo.content.coteaching import DRAFT_STORY
from demo.loaders import accounts as accounts_demo
from elearning.locking import update_if_version
from elearning.text import normalise_email
from stories.models import PART_FIELDS, Story, StoryComment, StoryShare

OWNER_EMAIL = "bruker@demo.helsepedagogikk.no"
CO_TEACHER_EMAIL = "deltaker@demo.helsepedagogikk.no"


def _demo_users() -> tuple[User, User]:
    users = {u.email: u for u in User.objects.filter(email__in=[OWNER_EMAIL, CO_TEACHER_EMAIL])}
    if len(users) < 2:
        users = accounts_demo.load()
    return users[OWNER_EMAIL], users[CO_TEACHER_EMAIL]


def load(stdout=None) -> Story:
    owner, co_teacher = _demo_users()
    parts = {name: DRAFT_STORY[name] for name in PART_FIELDS}
    story = Story.objects.filter(owner=owner, title=DRAFT_STORY["title"]).first()
    if story is None:
        story = Story(owner=owner, title=DRAFT_STORY["title"], **parts)
        story.full_clean()
        story.save()
    elif any(getattr(story, name) != text for name, text in parts.items()):
        # Through the version lock, so an editor open on the old text sees a conflict.
        update_if_version(Story.objects, pk=story.pk, version=story.version, **parts)
        story.refresh_from_db()

    StoryShare.objects.get_or_create(
        story=story, user=co_teacher, defaults={"email": normalise_email(co_teacher.email)}
    )

    comment = StoryComment.objects.filter(story=story, author=co_teacher, step__isnull=True).order_by("pk").first()
    text = DRAFT_STORY["comment_from_coteacher"]
    if comment is None:
        StoryComment.objects.create(story=story, author=co_teacher, text=text, notified_at=timezone.now())
    elif comment.text != text:
        comment.text = text
        comment.save(update_fields=["text"])

    if stdout is not None:
        stdout.write(f"Story talk: “{story.title}” for {owner.email}, shared with {co_teacher.email}")
    return story
