from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "evaluations"
    verbose_name = _("Course evaluations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from elearning import user_cache
        from evaluations.models import EvaluationForm, EvaluationQuestion, EvaluationResponse

        # The course page's evaluation box (wagtail_hooks.course_evaluation_box) is cached per
        # learner: it shows their own response and the form staff edit.
        user_cache.connect_models(EvaluationResponse)
        user_cache.connect_shared("evaluations", EvaluationForm, EvaluationQuestion)
