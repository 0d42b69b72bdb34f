from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Story builder")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import the models, which load only once the app registry is ready.
        from elearning import user_cache
        from stories.models import Story, StoryShare

        # "Mine kurs" shows the user's story talks and those shared with them, with the owner's name
        # (stories.wagtail_hooks).
        user_cache.connect_shared("stories", Story, StoryShare)
        user_cache.connect_shared("stories", get_user_model(), changed=_name_changed)


NAME_FIELDS = {"first_name", "last_name", "email"}


def _name_changed(sender, instance, update_fields=None, **kwargs) -> bool:
    """A sign-in saves only last_login: no owner's name changes."""
    return update_fields is None or bool(NAME_FIELDS & set(update_fields))
