"""Site-wide pages: the home page and plain content pages (privacy and
accessibility statements, about), plus the site settings that link them."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from elearning import content_cache
from elearning.blocks import HeadingBlock, ParagraphBlock, SourcesBlock
from elearning.richtext import INLINE_RICH_TEXT_FEATURES
from elearning.wagtail_hooks import HOME_SECTIONS_HOOK


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    sources = SourcesBlock(label=_("Sources"))


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
    footer_text = RichTextField(_("footer text"), blank=True, features=INLINE_RICH_TEXT_FEATURES)

    @classmethod
    def for_site(cls, site):
        """From this process's memory while the content version holds
        (elearning.content_cache); a copy, since for_request marks it with the request."""
        cached = content_cache.local(
            ("elearning:site-settings", site.pk if site else None), lambda: super(SiteSettings, cls).for_site(site)
        )
        return copy.copy(cached)

    panels = [
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")


class OutboxStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    CLAIMED = "claimed", _("Being delivered")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class OutboxMessage(models.Model):
    """Background work written in the same transaction as the change that
    causes it (see ``elearning.outbox``): committed together or not at all."""

    handler = models.CharField(_("job"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    # Enqueuing the same key twice gives one row: "exactly once" per key.
    key = models.CharField(_("key"), max_length=200, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=OutboxStatus.choices, default=OutboxStatus.PENDING, db_index=True
    )
    due_at = models.DateTimeField(_("due"))
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        indexes = [models.Index(fields=["status", "due_at"], name="elearning_outbox_due")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="claimed") | models.Q(claimed_until__isnull=False),
                name="elearning_outbox_claim_has_deadline",
            )
        ]

    def __str__(self):
        return f"{self.handler} {self.args} ({self.get_status_display()})"
