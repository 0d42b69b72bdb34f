from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = _("Online course")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from elearning import user_cache
        from modules.models import Certificate, Enrolment, LessonCompletion

        # A learner's cached record (modules.selectors.learner) is read from these.
        user_cache.connect_models(Enrolment, LessonCompletion, Certificate)
