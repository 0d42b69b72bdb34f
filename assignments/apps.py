from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssignmentsConfig(AppConfig):
    name = "assignments"
    verbose_name = _("Practice assignments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from assignments.models import Assignment, Submission
        from elearning import user_cache

        # "Mine kurs" shows a leader the submissions waiting for their feedback (assignments.wagtail_hooks).
        user_cache.connect_shared("assignments", Assignment, Submission)
