"""A learning path: the modules and lessons of a course that matter for one
audience, picked out by the audience targeting the editors already set on
modules (ModulePage.audience) and lesson sections (audience_section blocks).
The path itself holds no learner data and no copy of the course: it reads
the live course structure, so it never goes out of date."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from accounts.models import Audience, HasAudience, Role, teaching_role_choices
from elearning.richtext import RICH_TEXT_FEATURES
from modules.models.pages import CachedViewRestrictionsMixin


class LearningPathPage(HasAudience, CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    audience = models.CharField(
        _("audience"),
        max_length=32,
        choices=teaching_role_choices(
            PROFESSIONAL=Audience.PROFESSIONAL.label, USER_REPRESENTATIVE=Audience.USER_REPRESENTATIVE.label
        ),
        default=Role.USER_REPRESENTATIVE,
        help_text=_("Learners with this role are offered the path on their dashboard."),
    )
    course = models.ForeignKey(
        "modules.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The path picks the modules and lessons for the audience from this course."),
    )
    after_text = RichTextField(
        _("when you have finished"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Next steps after the path, for example the story builder or a teaching plan."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("course"),
        FieldPanel("after_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["elearning.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("learning path")
