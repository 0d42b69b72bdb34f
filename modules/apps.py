from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = _("Online course")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from elearning import user_cache
        from modules.models import Certificate, Enrolment, LessonCompletion, ReflectionAnswer

        # A learner's cached record (modules.selectors.learner) is read from these, and
        # their lesson pages (modules.learner_html) show their reflection answers too.
        user_cache.connect_models(Enrolment, LessonCompletion, Certificate, ReflectionAnswer)
