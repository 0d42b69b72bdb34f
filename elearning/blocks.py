"""Blocks every app's StreamFields can use.

HeadingBlock and ParagraphBlock are the section heading (h2) and the body
text of every stream: content pages, lesson bodies and assignment prompts
declare them as ``heading = HeadingBlock()`` and ``paragraph =
ParagraphBlock()``. SourceBlock is one reference (author, year, title, link);
SourcesBlock is a "Les mer" list of them, for lesson bodies, content pages
and theme-session materials; SourcesStreamBlock is a page's own list (a
module's sources).

Migrations name these classes (``elearning.blocks.HeadingBlock``), so a block
here is renamed or removed only with a migration of every StreamField that
uses it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from elearning.richtext import BLOCK_RICH_TEXT_FEATURES


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
