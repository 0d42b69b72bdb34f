from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


class ElearningConfig(AppConfig):
    name = "elearning"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from elearning import admin_views, checks, content_cache, spreadsheet  # noqa: F401  checks registers the system checks

        hooks.register("register_admin_urls", admin_views.admin_urls)
        hooks.register("register_reports_menu_item", admin_views.menu_item)
        hooks.register("register_permissions", admin_views.permissions)
        content_cache.connect()
        spreadsheet.protect_wagtail_exports()
