"""Reads for the story builder: which stories a person may see, what a
reader sees of one, and the speaking-time estimate.

Speaking time is estimated from the spoken parts only: key experiences, what
helped and the message to the participants. Purpose and audience are the
teller's own planning notes (why and for whom), and what they keep private
is never told, so none of them count. Calm speech in front of a group runs
at about 130 words a minute; a brukerinnlegg in a course session usually
lasts 10–15 minutes, so past 15 minutes the editor suggests shortening.

A co-teacher's view of a story is loaded without the private part (the
column is not even read), so no template can show it by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q

from stories.models import Story, StoryComment, StoryShare
from stories.steps import STEPS, STEPS_BY_KEY, Part, Step

SPOKEN_PARTS = ("key_experiences", "what_helped", "message")
WORDS_PER_MINUTE = 130
USUAL_MAX_MINUTES = 15

WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# What a co-teacher's query loads: everything but the private part.
SHARED_FIELDS = (
    "pk",
    "owner",
    "title",
    "purpose",
    "audience",
    "key_experiences",
    "what_helped",
    "message",
    "version",
    "created_at",
    "updated_at",
)
LISTING_FIELDS = ("pk", "owner", "title", "updated_at", *SPOKEN_PARTS)


def word_count(text: str) -> int:
    return len(WORD.findall(text or ""))


@dataclass(frozen=True)
class SpeakingTime:
    words: int
    seconds: int

    @property
    def minutes(self) -> int:
        """Rounded to whole minutes; at least 1 once there is anything to say."""
        if not self.words:
            return 0
        return max(1, round(self.seconds / 60))

    @property
    def under_a_minute(self) -> bool:
        return 0 < self.seconds < 60

    @property
    def too_long(self) -> bool:
        return self.seconds > USUAL_MAX_MINUTES * 60

    @property
    def usual_max_minutes(self) -> int:
        return USUAL_MAX_MINUTES


def speaking_time(source: Story | Mapping[str, str]) -> SpeakingTime:
    """The estimate for a story, or for a mapping of part names to text
    (parts missing from the mapping count as empty)."""
    if isinstance(source, Mapping):
        texts = [source.get(name, "") for name in SPOKEN_PARTS]
    else:
        texts = [getattr(source, name) for name in SPOKEN_PARTS]
    words = sum(word_count(text) for text in texts)
    return SpeakingTime(words=words, seconds=round(words * 60 / WORDS_PER_MINUTE))


# --- Which stories a person sees ------------------------------------------------


def stories_owned_by(*, user) -> list[Story]:
    """The person's own stories, newest first, with share and comment counts
    and the spoken parts for the speaking time. One query."""
    if not user.is_authenticated:
        return []
    return list(
        Story.objects.filter(owner=user)
        .only(*LISTING_FIELDS)
        .annotate(
            share_count=Count("shares", distinct=True),
            comment_count=Count("comments", distinct=True),
        )
        .order_by("-updated_at", "-pk")
    )


def stories_shared_with(*, user) -> list[Story]:
    """Stories others have shared with the person, without the private part.
    One query."""
    if not user.is_authenticated:
        return []
    return list(
        Story.objects.filter(shares__user=user)
        .exclude(owner=user)
        .select_related("owner")
        .only(*LISTING_FIELDS, "owner__first_name", "owner__last_name", "owner__email")
        .order_by("-updated_at", "-pk")
    )


def story_for_owner(*, user, story_id: int) -> Story | None:
    if not user.is_authenticated:
        return None
    return Story.objects.filter(pk=story_id, owner=user).first()


# --- Reading a story --------------------------------------------------------------


@dataclass(frozen=True)
class ReadingPart:
    part: Part
    text: str


@dataclass(frozen=True)
class ReadingStep:
    step: Step
    parts: list[ReadingPart]


@dataclass
class StoryReading:
    story: Story
    is_owner: bool
    steps: list[ReadingStep]
    comments: list[StoryComment]
    shares: list[StoryShare]
    speaking_time: SpeakingTime


def story_reading(*, user, story_id: int) -> StoryReading | None:
    """What ``user`` may read of a story: everything for the owner; for a
    co-teacher it is shared with, everything but the private part. None for
    anyone else. Three to four queries whatever the number of comments."""
    if not user.is_authenticated:
        return None
    access = (
        Story.objects.filter(pk=story_id)
        .annotate(shared=Exists(StoryShare.objects.filter(story=OuterRef("pk"), user=user)))
        .values("owner_id", "shared")
        .first()
    )
    if access is None:
        return None
    is_owner = access["owner_id"] == user.pk
    if not (is_owner or access["shared"]):
        return None
    stories = Story.objects.select_related("owner")
    if not is_owner:
        # Without the private part, so it never reaches the reader.
        stories = stories.only(*SHARED_FIELDS, "owner__first_name", "owner__last_name", "owner__email")
    story = stories.get(pk=story_id)
    comments = list(StoryComment.objects.filter(story=story).select_related("author").order_by("created_at", "pk"))
    for comment in comments:
        step = STEPS_BY_KEY.get(comment.step or "")
        comment.step_title = step.title if step else None
    steps = []
    for step in STEPS:
        if step.private and not is_owner:
            continue
        parts = [ReadingPart(part=part, text=getattr(story, part.name)) for part in step.parts if part.name != "title"]
        steps.append(ReadingStep(step=step, parts=parts))
    shares = list(StoryShare.objects.filter(story=story)) if is_owner else []
    return StoryReading(
        story=story,
        is_owner=is_owner,
        steps=steps,
        comments=comments,
        shares=shares,
        speaking_time=speaking_time(story),
    )


def story_shares(*, story: Story) -> list[StoryShare]:
    return list(StoryShare.objects.filter(story=story).order_by("created_at", "pk"))


def dashboard_stories(*, user) -> dict:
    """The person's own stories and those shared with them, in one query."""
    stories = list(
        Story.objects.filter(Q(owner=user) | Q(shares__user=user))
        .distinct()
        .select_related("owner")
        .only("pk", "title", "updated_at", "owner", "owner__first_name", "owner__last_name", "owner__email")
        .order_by("-updated_at", "-pk")
    )
    return {
        "own": [s for s in stories if s.owner_id == user.pk],
        "shared": [s for s in stories if s.owner_id != user.pk],
    }


__all__ = [
    "SPOKEN_PARTS",
    "USUAL_MAX_MINUTES",
    "WORDS_PER_MINUTE",
    "SpeakingTime",
    "StoryReading",
    "dashboard_stories",
    "speaking_time",
    "stories_owned_by",
    "stories_shared_with",
    "story_for_owner",
    "story_reading",
    "story_shares",
    "word_count",
]
