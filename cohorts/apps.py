from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Course cohorts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from cohorts import cache
        from cohorts.models import Cohort, CohortLeader, LocalGroup, Participant
        from elearning import user_cache

        cache.connect()
        # "Mine kurs" shows the cohorts a user takes part in or leads (cohorts.wagtail_hooks).
        user_cache.connect_shared("cohorts", Cohort, CohortLeader, LocalGroup, Participant)
