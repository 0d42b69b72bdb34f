"""The signed-in user of a request comes with their profile in the same
query: most pages read the role (the learner's audience, the dashboard's
sections), so the profile would otherwise cost a query of its own. The
pair is cached per user version (elearning.user_cache): saving or deleting
the user or their profile starts a new one, so a request asks the
database nothing for them until something about the user changes. (The
cache holds the password hash, as the database does: Django checks the
session against it.)

The backends Django used before stay in settings.AUTHENTICATION_BACKENDS
after these, so sessions made with them keep working."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from elearning import user_cache


def _read_user(user_id):
    return get_user_model()._default_manager.select_related("profile").filter(pk=user_id).first()


def _user_with_profile(backend, user_id):
    user = user_cache.get(user_id, "user", lambda: _read_user(user_id))
    return user if user is not None and backend.user_can_authenticate(user) else None


class ProfileModelBackend(ModelBackend):
    def get_user(self, user_id):
        return _user_with_profile(self, user_id)


class ProfileAuthenticationBackend(AllauthBackend):
    def get_user(self, user_id):
        return _user_with_profile(self, user_id)
