"""Quizzes are Wagtail snippets: a quiz with its questions and choices as
inline children (modelcluster), placed in lessons by a StreamField block."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class QuizKind(models.TextChoices):
    PRACTICE = "practice", _("Practice questions")
    TEST = "test", _("Knowledge test")


@register_snippet
class Quiz(index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=QuizKind.choices, default=QuizKind.PRACTICE)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("kind")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return self.title
