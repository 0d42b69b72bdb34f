"""The page tree: index → series → session, and podcast → episode.

The pages read nothing beyond themselves: their templates get the listings,
the seats and the learner's registration through
theme_sessions.templatetags.theme_sessions_tags, so the models never import
the selectors that import them."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from elearning.blocks import chapters_error
from elearning.richtext import RICH_TEXT_FEATURES
from modules.models import CompletionRule
from theme_sessions.blocks import ChaptersBlock, MaterialsBlock


def validate_webvtt(value) -> None:
    """A captions file must be WebVTT: it starts with the WEBVTT signature."""
    file = value.file if hasattr(value, "file") else value
    try:
        position = file.tell()
        file.seek(0)
        head = file.read(16)
        file.seek(position)
    except (OSError, ValueError):
        return
    if isinstance(head, bytes):
        head = head.decode("utf-8", errors="replace")
    if not head.lstrip("\ufeff").startswith("WEBVTT"):
        raise ValidationError(_("The captions file must be WebVTT (it starts with the word WEBVTT)."))


class SessionFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    PHYSICAL = "physical", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class ThemeSessionIndexPage(Page):
    """Lists upcoming and past theme sessions, filtered by topic and series."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["elearning.HomePage"]
    subpage_types = ["theme_sessions.SeriesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme session index")


class SeriesPage(Page):
    """A series of sessions, for example a semester of theme sessions or the lunch webinars."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["theme_sessions.ThemeSessionIndexPage"]
    subpage_types = ["theme_sessions.SessionPage"]

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")


class SessionTopic(TaggedItemBase):
    content_object = ParentalKey("theme_sessions.SessionPage", on_delete=models.CASCADE, related_name="topic_items")

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class SessionPage(Page):
    """One theme session or lunch webinar. Registrations are relational rows
    (theme_sessions.Registration), never part of the page content."""

    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for listings."))
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    audience = models.TextField(_("audience"), blank=True, help_text=_("Who the session is for."))
    topics = ClusterTaggableManager(through=SessionTopic, blank=True, verbose_name=_("topics"))

    start = models.DateTimeField(_("starts"), help_text=_("Norwegian time (Europe/Oslo)."))
    end = models.DateTimeField(_("ends"))
    format = models.CharField(_("format"), max_length=16, choices=SessionFormat.choices, default=SessionFormat.ONLINE)
    location = models.CharField(
        _("location"), max_length=255, blank=True, help_text=_("Address and room, for sessions in person or hybrid.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), help_text=_("Number of seats. Others go on the waiting list.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("Leave empty to allow registration until start.")
    )
    meeting_link = models.URLField(_("meeting link"), blank=True, max_length=500)
    meeting_link_opens_minutes = models.PositiveSmallIntegerField(
        _("show meeting link (minutes before start)"),
        null=True,
        blank=True,
        help_text=_("Shown only to registered participants. Leave empty for the site default."),
    )
    cancelled = models.BooleanField(
        _("cancelled"), default=False, help_text=_("Everyone registered is told when you publish.")
    )

    materials_before = StreamField(MaterialsBlock(), blank=True, verbose_name=_("materials before the session"))
    materials_after = StreamField(MaterialsBlock(), blank=True, verbose_name=_("materials after the session"))

    recording = models.ForeignKey(
        "wagtailmedia.Media",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recording (video)"),
    )
    recording_captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="theme_sessions/captions/",
        blank=True,
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
        help_text=_("Required with a recording: a .vtt captions file."),
    )
    recording_transcript = models.TextField(
        _("transcript"), blank=True, help_text=_("Required with a recording. One paragraph per speaker turn.")
    )
    recording_chapters = StreamField(ChaptersBlock(), blank=True, verbose_name=_("chapter marks"))

    evaluation_enabled = models.BooleanField(_("evaluation form after the session"), default=True)
    gives_certificate = models.BooleanField(_("attendance certificate"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("topics"),
        InlinePanel("speakers", label=_("speakers")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("format"), FieldPanel("location")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                FieldRowPanel([FieldPanel("meeting_link"), FieldPanel("meeting_link_opens_minutes")]),
                FieldPanel("cancelled"),
            ],
            heading=_("Time, place and registration"),
        ),
        FieldPanel("materials_before"),
        FieldPanel("materials_after"),
        MultiFieldPanel(
            [
                MediaChooserPanel("recording", media_type="video"),
                FieldPanel("recording_captions"),
                FieldPanel("recording_transcript"),
                FieldPanel("recording_chapters"),
            ],
            heading=_("Recording"),
        ),
        FieldPanel("evaluation_enabled"),
        FieldPanel("gives_certificate"),
        InlinePanel(
            "credits",
            label=_("course lessons the session covers"),
            help_text=_(
                "Participants recorded as attending complete these lessons, and only these. Choose what the "
                "session really teaches; a lesson completed by passing a quiz cannot be chosen."
            ),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("audience"),
        index.SearchField("recording_transcript"),
        index.FilterField("start"),
    ]

    parent_page_types = ["theme_sessions.SeriesPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("theme session")
        verbose_name_plural = _("theme sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="theme_session_ends_after_start"
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The session must end after it starts.")
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = _("The registration deadline must be before the session ends.")
        if self.format in (SessionFormat.PHYSICAL, SessionFormat.HYBRID) and not self.location:
            errors["location"] = _("Give the address for sessions in person or hybrid.")
        if self.recording_id:
            if not self.recording_captions:
                errors["recording_captions"] = _("A recording needs captions (WebVTT).")
            if not self.recording_transcript.strip():
                errors["recording_transcript"] = _("A recording needs a transcript.")
            if self.recording and self.recording.type != "video":
                errors["recording"] = _("Choose a video.")
            starts = [block.value["start"] for block in self.recording_chapters]
            if error := chapters_error(starts, duration=self.recording.duration if self.recording else None):
                errors["recording_chapters"] = error
        if errors:
            raise ValidationError(errors)

    # Cheap properties the templates use.
    @property
    def deadline(self) -> datetime.datetime:
        return self.registration_deadline or self.start

    @property
    def link_opens_minutes(self) -> int:
        if self.meeting_link_opens_minutes is not None:
            return self.meeting_link_opens_minutes
        return settings.THEME_SESSIONS["MEETING_LINK_MINUTES_BEFORE"]

    @property
    def meeting_link_opens_at(self) -> datetime.datetime:
        return self.start - datetime.timedelta(minutes=self.link_opens_minutes)

    @property
    def is_past(self) -> bool:
        return self.end <= timezone.now()

    @property
    def is_online(self) -> bool:
        return self.format in (SessionFormat.ONLINE, SessionFormat.HYBRID)

    @cached_property
    def series(self):
        return self.get_parent().specific


class SessionSpeaker(Orderable):
    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="speakers")
    speaker = models.ForeignKey(
        "theme_sessions.Speaker", on_delete=models.CASCADE, related_name="+", verbose_name=_("speaker")
    )

    panels = [FieldPanel("speaker")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        constraints = [models.UniqueConstraint(fields=["page", "speaker"], name="theme_session_speaker_unique")]


class SessionCredit(Orderable):
    """A course lesson that attending the session completes, chosen by an
    editor: a session credits what it covers, never a whole module or a quiz."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="credits")
    lesson = models.ForeignKey(
        "modules.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )

    panels = [PageChooserPanel("lesson", page_type="modules.LessonPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("lesson the session covers")
        verbose_name_plural = _("lessons the session covers")
        constraints = [models.UniqueConstraint(fields=["page", "lesson"], name="theme_session_credit_unique")]

    def clean(self):
        super().clean()
        if self.lesson_id and self.lesson.completion_rule == CompletionRule.QUIZ:
            raise ValidationError(
                {
                    "lesson": _(
                        "This lesson is completed by passing its questions. Attending a session cannot replace that."
                    )
                }
            )


class PodcastPage(RoutablePageMixin, Page):
    """The podcast: lists episodes and serves the RSS 2.0 feed at feed/."""

    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    author = models.CharField(_("author"), max_length=200, default="NK LMH")
    owner_email = models.EmailField(_("owner e-mail"), blank=True)
    category = models.CharField(
        _("iTunes category"), max_length=100, default="Health & Fitness", help_text=_("An Apple Podcasts category.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
        help_text=_("Square, at least 1400 × 1400 pixels."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("author"),
        FieldPanel("owner_email"),
        FieldPanel("category"),
        FieldPanel("image"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    parent_page_types = ["elearning.HomePage"]
    subpage_types = ["theme_sessions.EpisodePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("podcast")

    @path("feed/", name="feed")
    def feed(self, request):
        """The address of the RSS feed. theme_sessions.wagtail_hooks.podcast_feed
        answers it (Wagtail's on_serve_page hook) with the episodes the
        selectors read: a page model never calls them."""
        raise Http404


class EpisodePage(Page):
    number = models.PositiveIntegerField(_("episode number"))
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    summary = models.TextField(_("summary"), max_length=400)
    show_notes = RichTextField(_("show notes"), features=RICH_TEXT_FEATURES)
    audio = models.ForeignKey("wagtailmedia.Media", on_delete=models.PROTECT, related_name="+", verbose_name=_("audio"))
    transcript = models.TextField(_("transcript"), help_text=_("Required. One paragraph per speaker turn."))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("published_at")]),
        FieldPanel("summary"),
        MediaChooserPanel("audio", media_type="audio"),
        FieldPanel("show_notes"),
        FieldPanel("transcript"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["theme_sessions.PodcastPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("podcast episode")
        constraints = [
            models.CheckConstraint(condition=~models.Q(transcript=""), name="theme_session_episode_has_transcript"),
        ]

    def clean(self):
        super().clean()
        if self.audio_id and self.audio.type != "audio":
            raise ValidationError({"audio": _("Choose an audio file.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["podcast"] = self.get_parent().specific
        return context
