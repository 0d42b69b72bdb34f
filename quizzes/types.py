"""The question types. Apart from the models so that the pure grading and
answer functions can name them without importing any model."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    ORDERING = "ordering", _("Put in order")
    MATCHING = "matching", _("Matching pairs")
    SHORT_TEXT = "short_text", _("Short text")
    LIKERT = "likert", _("Self-assessment (scale, not graded)")
    REFLECTION = "reflection", _("Reflection (free text, not graded)")


# Answered by choosing one option (a radio button).
ONE_CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.LIKERT})
