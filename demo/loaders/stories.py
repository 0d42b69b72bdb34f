"""Demo content for the story builder: the demo user representative's draft
story talk (DRAFT_STORY in demo/content/coteaching.py), shared with
the demo professional, who has left a comment. Idempotent: the story is
looked up by owner and title and updated in place; the share and the comment
are looked up, never duplicated. No e-mail is sent for the demo comment."""

from django.utils import timezone

from accounts.models import User
from demo.content.coteaching import DRAFT_STORY
from demo.loaders import accounts as accounts_demo
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
    story = Story.objects.filter(owner=owner, title=DRAFT_STORY["title"]).first()
    if story is None:
        story = Story(owner=owner, title=DRAFT_STORY["title"])
    changed = [name for name in PART_FIELDS if getattr(story, name) != DRAFT_STORY[name]]
    if story.pk is None or changed:
        if story.pk is not None:
            # Bump the version so an editor open on the old text sees a conflict.
            story.version += 1
        for name in PART_FIELDS:
            setattr(story, name, DRAFT_STORY[name])
        story.full_clean()
        story.save()

    StoryShare.objects.get_or_create(story=story, user=co_teacher, defaults={"email": co_teacher.email.lower()})

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
