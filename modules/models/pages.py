"""The course page tree: CourseIndexPage → CoursePage → ModulePage → LessonPage.

parent_page_types and subpage_types are fixed in both directions, so an
editor cannot build an invalid course (a lesson outside a module, a module
outside a course). Learner data never lives in these pages: see
modules.models.progress. Nor do the pages read it: their templates ask for
the learner's state through modules.templatetags.modules_tags, and a lesson
is gated (enrolment, locks) by modules.views.lesson_gate before it is served,
so the models never import the selectors that import them.
"""

import functools

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from accounts.models import Audience, HasAudience, Role
from elearning import content_cache
from elearning.blocks import SourcesStreamBlock
from elearning.richtext import RICH_TEXT_FEATURES
from modules.blocks import LessonBodyBlock


def audience_for_role(role: str | None) -> str:
    """Map accounts.models.Role to a module audience.

    A module is for an Audience (accounts.models); a learner's course
    completion counts only the modules whose audience matches them.

    - Role.USER_REPRESENTATIVE → Audience.USER_REPRESENTATIVE
    - Role.PROFESSIONAL → Audience.PROFESSIONAL
    - Role.RELATIVE and Role.OTHER → Audience.PROFESSIONAL as
      well: the professional path is the general one (planning and teaching
      a learning-and-mastery offer), while the user-representative path is
      the specialised preparation for co-teaching from one's own story.
    - no role (anonymous, no profile) → Audience.PROFESSIONAL.

    Modules with Audience.ALL count for everyone.
    """
    if role == Role.USER_REPRESENTATIVE:
        return Audience.USER_REPRESENTATIVE
    return Audience.PROFESSIONAL


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open: anyone with an account can enrol")
    CLOSED = "closed", _("Closed: by invitation link or added by staff")


class CourseFormat(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced online course")
    COHORT = "cohort", _("Cohort course with course days")


class CompletionRule(models.TextChoices):
    OPENED = "opened", _("Opened")
    MARKED = "marked", _("Marked as completed by the learner")
    REFLECTION = "reflection", _("All reflection tasks answered")
    QUIZ = "quiz", _("Quiz passed")


class CachedViewRestrictionsMixin:
    """Wagtail checks the view restrictions of a page and of all its ancestors
    on every request (two queries). The ancestors of a course page and the
    pages that have any restriction only change with the content version
    (elearning.content_cache: saving a page or a restriction starts a new
    one), so this process keeps both in memory: a page below no restricted
    page asks the database nothing, and gets an empty queryset evaluated once
    in this process (an empty one new on each request compiled its SQL to
    find it has nothing)."""

    def get_view_restrictions(self):
        def ancestor_ids():
            # As Page.get_view_restrictions: an alias uses its source page's restrictions.
            pages = [self, *self.get_ancestors().only("id", "alias_of_id")]
            return frozenset(page.alias_of_id or page.pk for page in pages)

        page_ids = content_cache.local(("modules:restriction-pages", self.pk), ancestor_ids)
        restricted = content_cache.local(
            "modules:restricted-pages", lambda: frozenset(PageViewRestriction.objects.values_list("page_id", flat=True))
        )
        if not page_ids & restricted:
            return _no_view_restrictions()
        return PageViewRestriction.objects.filter(page_id__in=sorted(page_ids))


@functools.cache
def _no_view_restrictions():
    none = PageViewRestriction.objects.none()
    list(none)  # evaluated: iterating it again reads its empty result cache
    return none


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class CourseIndexPage(CachedViewRestrictionsMixin, Page):
    """Lists the courses. Routes the whole course tree below it in one query."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["elearning.HomePage"]
    subpage_types = ["modules.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def route(self, request, path_components):
        """Courses, modules and lessons sit at fixed depths below the index
        (see parent_page_types), so the page for a path is found with one
        query on its own model instead of two queries per level."""
        if not path_components:
            return super().route(request, path_components)
        model = {1: CoursePage, 2: ModulePage, 3: LessonPage}.get(len(path_components))
        if model is None:
            raise Http404
        url_path = self.url_path + "/".join(path_components) + "/"
        page = model.objects.filter(url_path=url_path, depth=self.depth + len(path_components)).first()
        if page is None or not page.live:
            raise Http404
        return RouteResult(page)


class CoursePage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    target_audiences = models.TextField(_("target audiences"), blank=True, help_text=_("Who the course is for."))
    outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One learning outcome per line: 'You can explain …'.")
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"), max_digits=5, decimal_places=1, default=1, validators=[MinValueValidator(0)]
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=16, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    course_format = models.CharField(
        _("course form"),
        max_length=16,
        choices=CourseFormat.choices,
        default=CourseFormat.SELF_PACED,
        help_text=_("A cohort course runs in cohorts with course days, local groups and assignments."),
    )
    min_days_attended = models.PositiveSmallIntegerField(
        _("course days to attend"),
        default=0,
        help_text=_("Cohort courses: how many course days a participant must attend to complete."),
    )
    lock_modules_in_order = models.BooleanField(
        _("lock modules in order"),
        default=False,
        help_text=_("Each module opens when the learner has completed the previous one."),
    )
    open_reading = models.BooleanField(
        _("open reading"),
        default=False,
        help_text=_(
            "Anyone can read the lessons, without an account. Progress, reflection answers, quizzes "
            "and the course certificate still need an account and enrolment."
        ),
    )
    quiz_time_limits = models.BooleanField(
        _("time limits on quizzes"),
        default=True,
        help_text=_(
            "Turn off to let every learner in this course take its quizzes without a time limit. "
            "Staff can also give one learner extra time, or no limit, on a quiz (Quizzes → Time limit extensions)."
        ),
    )
    certificate_enabled = models.BooleanField(_("issue a course certificate"), default=True)
    certificate_hours = models.DecimalField(
        _("hours on the certificate"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leave empty to use the estimated hours."),
    )
    certificate_issuer = models.CharField(
        _("issued by"),
        max_length=200,
        default="NK LMH – Nasjonal kompetansetjeneste for læring og mestring innen helse",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("target_audiences"),
        FieldPanel("outcomes"),
        FieldPanel("estimated_hours"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("course_format"), FieldPanel("min_days_attended")]),
                FieldPanel("enrolment_mode"),
                FieldPanel("open_reading"),
                FieldPanel("lock_modules_in_order"),
                FieldPanel("quiz_time_limits"),
            ],
            heading=_("Enrolment and progress"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("certificate_enabled"), FieldPanel("certificate_hours")]),
                FieldPanel("certificate_issuer"),
            ],
            heading=_("Course certificate"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("target_audiences"),
        index.SearchField("outcomes"),
    ]

    parent_page_types = ["modules.CourseIndexPage"]
    subpage_types = ["modules.ModulePage"]

    class Meta:
        verbose_name = _("course")
        constraints = [
            # A cohort's course days set its pace; locking modules in order
            # would lock the pre-work a day names for a participant who has
            # not finished the modules before it.
            models.CheckConstraint(
                condition=~models.Q(course_format=CourseFormat.COHORT, lock_modules_in_order=True),
                name="modules_course_cohort_not_locked_in_order",
            ),
        ]

    def clean(self):
        super().clean()
        if self.is_cohort_course and self.lock_modules_in_order:
            raise ValidationError(
                {
                    "lock_modules_in_order": _(
                        "A cohort course cannot lock modules in order: its course days set the pace, and the "
                        "pre-work a course day names must open for every participant. Untick “Lock modules in "
                        "order”, or give a module an “Available from” date."
                    )
                }
            )

    @property
    def is_cohort_course(self) -> bool:
        return self.course_format == CourseFormat.COHORT

    @property
    def outcome_list(self) -> list[str]:
        return lines(self.outcomes)

    @property
    def hours_on_certificate(self):
        return self.certificate_hours if self.certificate_hours is not None else self.estimated_hours

    @property
    def rounded_hours(self) -> int:
        return max(1, round(self.estimated_hours or 0))

    @property
    def is_open(self) -> bool:
        return self.enrolment_mode == EnrolmentMode.OPEN


class ModulePage(HasAudience, CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    outcomes = models.TextField(_("learning outcomes"), blank=True, help_text=_("One learning outcome per line."))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=30, validators=[MinValueValidator(1), MaxValueValidator(6000)]
    )
    available_from = models.DateTimeField(
        _("available from"), null=True, blank=True, help_text=_("Optional: the module opens to learners at this time.")
    )
    audience = models.CharField(
        _("audience"),
        max_length=32,
        choices=Audience.choices,
        default=Audience.ALL,
        help_text=_("Completion of the course counts only the modules meant for the learner."),
    )
    sources = StreamField(
        SourcesStreamBlock(),
        blank=True,
        verbose_name=_("sources (read more)"),
        help_text=_(
            "The module's reading list, shown as 'Les mer' on the module page: every source the text builds on."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("outcomes"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("audience")]),
        FieldPanel("available_from"),
        FieldPanel("sources"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("outcomes")]

    parent_page_types = ["modules.CoursePage"]
    subpage_types = ["modules.LessonPage"]

    class Meta:
        verbose_name = _("module")

    @property
    def outcome_list(self) -> list[str]:
        return lines(self.outcomes)


class LessonPage(CachedViewRestrictionsMixin, Page):
    summary = models.CharField(_("summary"), max_length=300, blank=True, help_text=_("One sentence for listings."))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    completion_rule = models.CharField(
        _("completed when"), max_length=16, choices=CompletionRule.choices, default=CompletionRule.MARKED
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("completion_rule")]),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["modules.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def clean(self):
        super().clean()
        kinds = {block.block_type for block in self.body} if self.body else set()
        if self.completion_rule == CompletionRule.QUIZ and "quiz" not in kinds:
            raise ValidationError({"completion_rule": _("Add a quiz to the lesson to use the 'quiz passed' rule.")})
        if self.completion_rule == CompletionRule.REFLECTION and "reflection" not in kinds:
            raise ValidationError(
                {"completion_rule": _("Add a reflection task to the lesson to use the 'reflection answered' rule.")}
            )

    # How the lesson is completed, as the templates ask it, so that no template spells a CompletionRule value.
    @property
    def completed_by_marking(self) -> bool:
        return self.completion_rule in (CompletionRule.MARKED, CompletionRule.OPENED)

    @property
    def completed_by_reflection(self) -> bool:
        return self.completion_rule == CompletionRule.REFLECTION

    @property
    def completed_by_quiz(self) -> bool:
        return self.completion_rule == CompletionRule.QUIZ

    def reflection_keys(self) -> list[str]:
        return [b["value"]["key"] for b in self.body.raw_data if b["type"] == "reflection"]

    def quiz_ids(self) -> list[int]:
        return [int(b["value"]) for b in self.body.raw_data if b["type"] == "quiz" and b["value"]]
