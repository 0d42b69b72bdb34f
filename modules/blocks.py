"""StreamField blocks for lesson bodies.

Some blocks depend on who is reading (a reflection task shows the learner's
own answer, a quiz shows their attempts, an embed loads only after consent).
Those are the DYNAMIC_BLOCK_TYPES: every other block is rendered once per
page revision and cached (see modules.selectors.lesson_body_parts). A
reflection task is rendered with the rest of a signed-in learner's lesson
page, once per state of the learner (their answers count in their user
version, modules.learner_html); the PER_REQUEST_BLOCK_TYPES read what no
cached version covers (quiz attempts, the session's consent to embeds) and
are rendered on every request.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

from accounts.models import Audience, HasAudience
from elearning.blocks import (
    ChapterBlock,
    DocumentBlock,
    ExperienceStoryBlock,
    FactBoxBlock,
    HeadingBlock,
    ParagraphBlock,
    SourcesBlock,
    chapters_error,
)
from elearning.richtext import BLOCK_RICH_TEXT_FEATURES

DYNAMIC_BLOCK_TYPES = frozenset({"reflection", "quiz", "embed"})
PER_REQUEST_BLOCK_TYPES = frozenset({"quiz", "embed"})
REFLECTION_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=400,
        help_text=_("Describe what the image shows for someone who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "blocks/lesson_image.html"
        help_text = _("An illustration with alternative text and an optional caption.")


def _looks_like_webvtt(document) -> bool:
    if not document.filename.lower().endswith(".vtt"):
        return False
    try:
        with document.open_file() as handle:
            head = handle.read(16)
    except (OSError, ValueError):
        return True  # storage unreachable while editing: the extension is checked
    if isinstance(head, bytes):
        head = head.decode("utf-8", errors="replace")
    return head.lstrip("\ufeff").startswith("WEBVTT")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    video = VideoChooserBlock(label=_("video"))
    captions = DocumentChooserBlock(
        label=_("captions (WebVTT)"),
        help_text=_("A .vtt captions file uploaded as a document. Required by the accessibility regulations."),
    )
    transcript = blocks.TextBlock(
        label=_("transcript"), help_text=_("The full text of what is said and shown. Required.")
    )
    chapters = blocks.ListBlock(
        ChapterBlock(),
        label=_("chapters"),
        required=False,
        help_text=_("Optional: where each part of the video starts, so a learner can jump to it."),
    )

    class Meta:
        icon = "media"
        template = "blocks/lesson_video.html"
        help_text = _("A self-hosted video with captions and a transcript.")

    def clean(self, value):
        value = super().clean(value)
        captions = value.get("captions")
        errors = {}
        if captions and not _looks_like_webvtt(captions):
            errors["captions"] = ValidationError(_("The captions file must be a WebVTT (.vtt) file."))
        video = value.get("video")
        starts = [chapter["start"] for chapter in value.get("chapters") or []]
        if error := chapters_error(starts, duration=video.duration if video else None):
            errors["chapters"] = ValidationError(error)
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    audio = AudioChooserBlock(label=_("audio"))
    transcript = blocks.TextBlock(label=_("transcript"), help_text=_("The full text of what is said. Required."))

    class Meta:
        icon = "media"
        template = "blocks/lesson_audio.html"
        help_text = _("An audio clip with a transcript.")


class ConsentEmbedBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200, help_text=_("What the embedded content is."))
    embed = EmbedBlock(label=_("address"), help_text=_("For example a YouTube or Vimeo address."))
    provider = blocks.CharBlock(
        label=_("provider"), max_length=100, help_text=_("Named to the learner before they consent, e.g. YouTube.")
    )
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "code"
        template = "blocks/lesson_embed.html"
        help_text = _(
            "Content from another website. It loads only after the learner consents; until then a link is shown."
        )


class ReflectionBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("key"),
        max_length=80,
        validators=[
            RegexValidator(REFLECTION_KEY_RE, _("Use lowercase letters, digits and hyphens, e.g. 'module-topic-1'."))
        ],
        help_text=_(
            "A stable identifier for this task. Learners' answers are stored under it: "
            "never change it once learners have answered."
        ),
    )
    prompt = blocks.TextBlock(label=_("question"))

    class Meta:
        icon = "comment"
        template = "blocks/lesson_reflection.html"
        help_text = _("A reflection task. Each learner's answer is private to them.")


class DiscussBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("prompt"))

    class Meta:
        icon = "group"
        template = "blocks/lesson_discuss.html"
        help_text = _("Something to discuss in the learner's local group.")


class AudienceSectionValue(HasAudience, blocks.StructValue):
    @property
    def audience(self) -> str:
        return self.get("audience")


class AudienceSectionBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(label=_("shown to"), choices=Audience.choices, default=Audience.ALL.value)
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=BLOCK_RICH_TEXT_FEATURES)

    class Meta:
        icon = "user"
        template = "blocks/lesson_audience_section.html"
        value_class = AudienceSectionValue
        help_text = _("A section for professionals, for user representatives, or for both.")


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock(label=_("Image"))
    video = VideoBlock(label=_("Video"))
    audio = AudioBlock(label=_("Audio"))
    embed = ConsentEmbedBlock(label=_("Embedded content"))
    document = DocumentBlock(label=_("Document"))
    fact_box = FactBoxBlock(label=_("Fact box"))
    experience_story = ExperienceStoryBlock(label=_("Experience story"))
    reflection = ReflectionBlock(label=_("Reflection task"))
    discuss = DiscussBlock(label=_("Discussion in the group"))
    audience_section = AudienceSectionBlock(label=_("Section for one audience"))
    sources = SourcesBlock(label=_("Sources"))
    quiz = SnippetChooserBlock(
        "quizzes.Quiz",
        label=_("Practice questions or knowledge test"),
        icon="help",
        template="blocks/quiz.html",
        help_text=_("Practice questions or a knowledge test. Needed for the 'quiz passed' completion rule."),
    )

    def clean(self, value):
        value = super().clean(value)
        # A paragraph the editor left empty (or that the editor had not yet
        # synced when Publish was pressed) arrives as '<p data-block-key=…></p>',
        # which RichTextBlock's own "required" lets through.
        empty = {
            i: ValidationError(_("This paragraph is empty. Write the text, or remove the paragraph."))
            for i, child in enumerate(value)
            if child.block_type == "paragraph" and not strip_tags(child.value.source).strip()
        }
        if empty:
            raise blocks.StreamBlockValidationError(block_errors=empty)
        if all(child.block_type == "heading" for child in value):
            raise blocks.StreamBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _(
                            "A lesson needs content before it is saved: write a paragraph, or add a video, a reflection task or a quiz."
                        )
                    )
                ]
            )
        keys = [child.value["key"] for child in value if child.block_type == "reflection"]
        duplicates = {key for key in keys if keys.count(key) > 1}
        if duplicates:
            raise blocks.StreamBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _("Each reflection task needs its own key; repeated: %(keys)s"),
                        params={"keys": ", ".join(sorted(duplicates))},
                    )
                ]
            )
        return value
