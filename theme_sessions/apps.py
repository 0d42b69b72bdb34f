from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemeSessionsConfig(AppConfig):
    name = "theme_sessions"
    verbose_name = _("Theme sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from theme_sessions import signals

        signals.connect()
