"""StreamField blocks for theme sessions: materials and recording chapters."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from elearning.blocks import SourcesBlock

TIMESTAMP_RE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")


def timestamp_seconds(value: str) -> int:
    """'05:40' or '1:05:40' in seconds."""
    match = TIMESTAMP_RE.match(value.strip())
    if not match:
        raise ValueError(value)
    hours, minutes, seconds = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("text"), features=["bold", "italic", "ol", "ul", "link", "document-link"], required=False
    )
    document = DocumentChooserBlock(label=_("document"), required=False)
    link = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/theme_session_material.html"
        help_text = _("Something to read, watch or do before or after the session.")


class ChapterBlock(blocks.StructBlock):
    start = blocks.CharBlock(
        label=_("starts at"), max_length=8, help_text=_("Time in the recording, for example 05:40 or 1:05:40.")
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)

    class Meta:
        icon = "time"
        template = "blocks/theme_session_chapter.html"
        help_text = _("A chapter mark in the recording.")

    def clean(self, value):
        value = super().clean(value)
        try:
            timestamp_seconds(value["start"])
        except ValueError:
            raise blocks.StructBlockValidationError(
                block_errors={"start": ValidationError(_("Write the time as mm:ss or h:mm:ss."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["seconds"] = timestamp_seconds(value["start"])
        return context


class MaterialsBlock(blocks.StreamBlock):
    material = MaterialBlock(label=_("Material"))
    sources = SourcesBlock(label=_("Sources"))


class ChaptersBlock(blocks.StreamBlock):
    chapter = ChapterBlock(label=_("Chapter"))
