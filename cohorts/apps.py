from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Course cohorts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts import cache  # imports the models, which are loaded only now

        cache.connect()
