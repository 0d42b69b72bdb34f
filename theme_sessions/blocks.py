"""StreamField blocks for theme sessions: materials and recording chapters."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from elearning.blocks import ChapterBlock, SourcesBlock
from elearning.richtext import NO_HEADING_RICH_TEXT_FEATURES


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=NO_HEADING_RICH_TEXT_FEATURES, required=False)
    document = DocumentChooserBlock(label=_("document"), required=False)
    link = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/theme_session_material.html"
        help_text = _("Something to read, watch or do before or after the session.")


class MaterialsBlock(blocks.StreamBlock):
    material = MaterialBlock(label=_("Material"))
    sources = SourcesBlock(label=_("Sources"))


class ChaptersBlock(blocks.StreamBlock):
    chapter = ChapterBlock(label=_("Chapter"))
