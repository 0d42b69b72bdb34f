"""The guided steps of the story builder: one editor page per step, each with
short guidance on working through one's experience (bearbeidet erfaring)
and on boundaries. Plain data; the services and templates read it."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Part:
    """One text field of a story."""

    name: str
    label: str
    help_text: str
    rows: int = 8


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: str
    guidance: tuple[str, ...]
    parts: tuple[Part, ...]
    private: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(part.name for part in self.parts)


TITLE = Part(
    "title",
    _("Working title"),
    _("A few words so you recognise the story. Only you, and the people you share it with, see it."),
    rows=1,
)

STEPS: tuple[Step, ...] = (
    Step(
        number=1,
        key="purpose",
        title=_("Purpose, audience and key experiences"),
        guidance=(
            _(
                "A story talk is not your whole life story. It is experience you have worked through, chosen "
                "because it can help the participants. Start with why you tell it and who will listen."
            ),
            _(
                "Tell only what you have some distance to. If something still hurts a lot to talk about, it may "
                "not be ready to share with a group yet."
            ),
        ),
        parts=(
            TITLE,
            Part(
                "purpose",
                _("Purpose: why do you give this talk?"),
                _("What should the participants know, feel or be able to do afterwards?"),
                rows=5,
            ),
            Part(
                "audience",
                _("Audience: who will listen?"),
                _(
                    "Which course and course day, who the participants are, what the professional talks about "
                    "before you, and how much time you have."
                ),
                rows=4,
            ),
            Part(
                "key_experiences",
                _("Key experiences"),
                _(
                    "Choose two or three experiences that matter for these participants. A concrete moment is "
                    "easier to remember than a general description."
                ),
                rows=10,
            ),
        ),
    ),
    Step(
        number=2,
        key="what_helped",
        title=_("What helped"),
        guidance=(
            _(
                "Participants learn most from hearing what made a difference: people, knowledge, small changes "
                "and turning points. Tell what helped you, not what others ought to do."
            ),
            _("It is fine to tell what did not help, but end with what you learned from it."),
        ),
        parts=(
            Part(
                "what_helped",
                _("What helped you?"),
                _("Turning points, people, knowledge or habits that made everyday life easier."),
                rows=10,
            ),
        ),
    ),
    Step(
        number=3,
        key="message",
        title=_("The message to the participants"),
        guidance=(
            _(
                "The message is what you want the participants to take home: one to three sentences in your own "
                "words. Many user representatives end their talk with it."
            ),
            _("Give hope, and leave room for the participants' paths to be different from yours."),
        ),
        parts=(
            Part(
                "message",
                _("Your message to the participants"),
                _("One to three sentences the participants can remember."),
                rows=5,
            ),
        ),
    ),
    Step(
        number=4,
        key="private",
        title=_("What I keep private"),
        guidance=(
            _(
                "You decide what you share. A personal story can overload both the one who tells it and the "
                "listeners, so decide in advance what you will not talk about."
            ),
            _(
                "Think about other people in your story, details that can make you vulnerable, and numbers or "
                "treatments that invite comparison. Plan what you will answer if someone asks about them."
            ),
            _(
                "Only you see this part. It is not shown to a co-teacher you share the story with, and it does "
                "not count in the speaking time."
            ),
        ),
        parts=(
            Part(
                "kept_private",
                _("What I choose to keep private"),
                _("Only you see this."),
                rows=8,
            ),
        ),
        private=True,
    ),
)

STEPS_BY_NUMBER = {step.number: step for step in STEPS}
STEPS_BY_KEY = {step.key: step for step in STEPS}
PARTS_BY_NAME = {part.name: part for step in STEPS for part in step.parts}
