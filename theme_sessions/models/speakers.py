from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Speaker(index.Indexed, models.Model):
    """A person who leads or speaks at theme sessions (a snippet)."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, help_text=_("For example nurse, or experienced user."))
    is_user_representative = models.BooleanField(
        _("user representative"),
        default=False,
        help_text=_("Tick when the speaker takes part as a user representative / experienced user."),
    )
    bio = models.TextField(_("short biography"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("is_user_representative"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="theme_sessions_speaker_name_unique")]

    def __str__(self):
        return self.name
