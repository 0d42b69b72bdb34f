"""Course days (kursdager) of a cohort: when and where, who leads each part,
the pre-work (forarbeid) to do before the day."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField

from elearning.locking import Versioned
from elearning.richtext import BLOCK_RICH_TEXT_FEATURES


class DayFormat(models.TextChoices):
    DIGITAL = "digital", _("Digital")
    PHYSICAL = "physical", _("Physical")


class CourseDay(Versioned, ClusterableModel):
    cohort = ParentalKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="days", verbose_name=_("cohort"))
    number = models.PositiveSmallIntegerField(_("day number"))
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("The theme of the day."))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(_("format"), max_length=16, choices=DayFormat.choices, default=DayFormat.DIGITAL)
    meeting_url = models.URLField(
        _("meeting link"), blank=True, help_text=_("Shown only to enrolled participants and leaders.")
    )
    room = models.CharField(_("room"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    leader_guidance = RichTextField(
        _("guidance for group leaders"),
        blank=True,
        features=BLOCK_RICH_TEXT_FEATURES,
        help_text=_("Shown only to course leaders and group leaders."),
    )
    ics_sequence = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("meeting_url"),
                FieldRowPanel([FieldPanel("room"), FieldPanel("address")]),
            ],
            heading=_("Where"),
        ),
        InlinePanel("parts", heading=_("Parts of the day"), label=_("part")),
        InlinePanel("pre_work", heading=_("Pre-work"), label=_("pre-work")),
        FieldPanel("leader_guidance"),
    ]

    class Meta:
        verbose_name = _("course day")
        verbose_name_plural = _("course days")
        ordering = ["cohort_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "number"], name="cohorts_day_number_unique"),
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="cohorts_day_ends_after_start"),
            models.CheckConstraint(condition=Q(format__in=DayFormat.values), name="cohorts_day_format_valid"),
        ]

    def __str__(self):
        return f"{self.cohort} – {self.label}"

    @property
    def label(self) -> str:
        return _("Day %(number)s") % {"number": self.number}

    @property
    def is_digital(self) -> bool:
        return self.format == DayFormat.DIGITAL


class CourseDayPart(ClusterableModel):
    """A part of a course day (a session, a talk, group work) and who leads it."""

    day = ParentalKey(CourseDay, on_delete=models.CASCADE, related_name="parts")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.TimeField(_("starts"), help_text=_("Time of day in Norway."))
    leaders = ParentalManyToManyField(
        "cohorts.CohortLeader", blank=True, related_name="day_parts", verbose_name=_("leaders")
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("title")]), FieldPanel("leaders")]

    class Meta:
        verbose_name = _("part of the day")
        verbose_name_plural = _("parts of the day")
        ordering = ["sort_order", "starts_at"]

    def __str__(self):
        return self.title


class PreWork(models.Model):
    """A lesson or module of the course to do before a course day (forarbeid)."""

    day = ParentalKey(CourseDay, on_delete=models.CASCADE, related_name="pre_work")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson or module")
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [PageChooserPanel("page", ["modules.LessonPage", "modules.ModulePage"])]

    class Meta:
        verbose_name = _("pre-work")
        verbose_name_plural = _("pre-work")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["day", "page"], name="cohorts_prework_unique")]

    def __str__(self):
        return str(self.page_id)
