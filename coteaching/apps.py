from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoteachingConfig(AppConfig):
    name = "coteaching"
    verbose_name = _("Co-teaching")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from coteaching.models import Membership, TeachingPlan, Team
        from elearning import user_cache

        # "Mine kurs" shows the teaching plans of the user's teams (coteaching.wagtail_hooks).
        user_cache.connect_shared("coteaching", Membership, TeachingPlan, Team)
