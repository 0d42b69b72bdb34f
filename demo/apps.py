from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The Norwegian demo site: loaders, content and media, and the commands
    that load and rebuild them. It defines no models, and no product app
    imports from it: the dependency goes one way, demo → product."""

    name = "demo"
    verbose_name = _("Demo content")
