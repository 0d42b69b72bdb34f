from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from accounts import navigation  # noqa: F401  (connects the login signal)
        from accounts.models import Profile, User
        from elearning import user_cache

        user_cache.connect_models(User, Profile)
