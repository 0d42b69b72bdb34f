from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssignmentsConfig(AppConfig):
    name = "assignments"
    verbose_name = _("Practice assignments")
    default_auto_field = "django.db.models.BigAutoField"
