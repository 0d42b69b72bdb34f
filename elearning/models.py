"""Site-wide pages: the home page and plain content pages (privacy and
accessibility statements, about), plus the site settings that link them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from elearning.wagtail_hooks import HOME_SECTIONS_HOOK

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ContentStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        icon="title",
        form_classname="title",
        template="blocks/heading.html",
        help_text=_("A section heading (level 2)."),
    )
    paragraph = blocks.RichTextBlock(
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph.html",
        help_text=_("Body text."),
    )


class HomePage(Page):
    """The front page: presents the course offer and the upcoming theme sessions."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = (fn(request, self) for fn in hooks.get_hooks(HOME_SECTIONS_HOOK))
        context["home_sections"] = [s for s in sections if s]
        return context


class StandardPage(Page):
    """A plain content page: privacy statement, accessibility statement, about."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["elearning.HomePage", "elearning.StandardPage"]
    subpage_types = ["elearning.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Pages the footer links to on every page, chosen by editors."""

    # The footer links both pages on every page: fetch them with the settings.
    select_related = ["privacy_page", "accessibility_page"]

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy statement"),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])

    panels = [
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")
