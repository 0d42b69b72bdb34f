from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoteachingConfig(AppConfig):
    name = "coteaching"
    verbose_name = _("Co-teaching")
    default_auto_field = "django.db.models.BigAutoField"
