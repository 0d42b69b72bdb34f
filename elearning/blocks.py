"""Blocks every app's StreamFields can use.

HeadingBlock and ParagraphBlock are the section heading (h2) and the body
text of every stream: content pages, lesson bodies and assignment prompts
declare them as ``heading = HeadingBlock()`` and ``paragraph =
ParagraphBlock()``. DocumentBlock, FactBoxBlock and ExperienceStoryBlock
serve lesson bodies and assignment prompts alike. SourceBlock is one reference (author, year, title, link);
SourcesBlock is a "Les mer" list of them, for lesson bodies, content pages
and theme-session materials; SourcesStreamBlock is a page's own list (a
module's sources). ChapterBlock is a chapter mark in a video (a lesson video,
a session recording): the page lists the chapters as links that seek the player.

Migrations name these classes (``elearning.blocks.HeadingBlock``), so a block
here is renamed or removed only with a migration of every StreamField that
uses it."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from elearning.richtext import BLOCK_RICH_TEXT_FEATURES

TIMESTAMP_RE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")


class HeadingBlock(blocks.CharBlock):
    """A section heading in a stream, rendered as h2 (the page title is the h1)."""

    class Meta:
        label = _("Heading")
        icon = "title"
        form_classname = "title"
        template = "blocks/heading.html"
        help_text = _("A section heading (level 2).")


class ParagraphBlock(blocks.RichTextBlock):
    """Body text in a stream. It sits under a heading, so its own headings
    start at h3 (``BLOCK_RICH_TEXT_FEATURES``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", BLOCK_RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        help_text = _("Body text.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/lesson_document.html"
        help_text = _("A document to download, with a descriptive link text.")


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=BLOCK_RICH_TEXT_FEATURES)

    class Meta:
        icon = "info-circle"
        template = "blocks/lesson_fact_box.html"
        help_text = _("A short, highlighted explanation of a concept.")


class ExperienceStoryBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    teller_role = blocks.CharBlock(
        label=_("teller's role"),
        max_length=200,
        help_text=_("Who tells the story, without a name, e.g. 'Experienced user, course for relatives'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/lesson_experience_story.html"
        help_text = _("An experience story (erfaringshistorie): a quote and the teller's role.")


class SourceBlock(blocks.StructBlock):
    author = blocks.CharBlock(
        label=_("author"),
        max_length=300,
        help_text=_("Person or organisation, as in a reference list: 'Antonovsky, A.' or 'Helsedirektoratet'."),
    )
    year = blocks.CharBlock(
        label=_("year"), max_length=20, required=False, help_text=_("Leave empty for a web page without a date.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=400)
    publisher = blocks.CharBlock(
        label=_("published by"),
        max_length=300,
        required=False,
        help_text=_("Publisher, journal or series, for example 'Gyldendal' or 'Meld. St. 9 (2023–2024)'."),
    )
    link = blocks.URLBlock(label=_("link"), required=False)
    note = blocks.CharBlock(
        label=_("why read it"), max_length=300, required=False, help_text=_("One sentence on what the reader finds.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/source.html"
        help_text = _("A source: who wrote it, when, its title and where to find it.")


class SourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=100, default=_("Read more"))
    sources = blocks.ListBlock(SourceBlock(), label=_("sources"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/sources.html"
        help_text = _("A list of sources under a heading, such as 'Les mer'.")


class SourcesStreamBlock(blocks.StreamBlock):
    source = SourceBlock(label=_("Source"))

    class Meta:
        template = "blocks/source_list.html"


def timestamp_seconds(value: str) -> int:
    """'05:40' or '1:05:40' in seconds."""
    match = TIMESTAMP_RE.match(value.strip())
    if not match:
        raise ValueError(value)
    hours, minutes, seconds = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def chapters_error(starts: list[str], *, duration: float | None) -> str | None:
    """Why these chapter times do not fit the video, or None: they must be valid, in order, start at 00:00,
    and lie inside the video when its length is known (`duration` in seconds; 0 or None: unknown)."""
    try:
        seconds = [timestamp_seconds(start) for start in starts]
    except ValueError:
        return _("Write the time as mm:ss or h:mm:ss.")
    if not seconds:
        return None
    if seconds[0] != 0:
        return _("The first chapter starts at 00:00.")
    if any(later <= earlier for earlier, later in zip(seconds, seconds[1:], strict=False)):
        return _("Put the chapters in order, each one later than the one before.")
    if duration and seconds[-1] >= duration:
        minutes, secs = divmod(int(duration), 60)
        return _("A chapter starts after the end of the video (%(length)s).") % {"length": f"{minutes:02d}:{secs:02d}"}
    return None


class ChapterBlock(blocks.StructBlock):
    start = blocks.CharBlock(
        label=_("starts at"), max_length=8, help_text=_("Time in the recording, for example 05:40 or 1:05:40.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)

    class Meta:
        icon = "time"
        template = "blocks/chapter.html"
        help_text = _("A chapter mark in the recording.")

    def clean(self, value):
        value = super().clean(value)
        try:
            timestamp_seconds(value["start"])
        except ValueError:
            raise blocks.StructBlockValidationError(
                block_errors={"start": ValidationError(_("Write the time as mm:ss or h:mm:ss."))}
            ) from None
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["seconds"] = timestamp_seconds(value["start"])
        return context
