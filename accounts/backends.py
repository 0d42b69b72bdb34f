"""The signed-in user of a request comes with their profile in the same
query: most pages read the role (the learner's audience, the dashboard's
sections), so the profile would otherwise cost a query of its own.

The backends Django used before stay in settings.AUTHENTICATION_BACKENDS
after these, so sessions made with them keep working."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


def _user_with_profile(backend, user_id):
    user = get_user_model()._default_manager.select_related("profile").filter(pk=user_id).first()
    return user if user is not None and backend.user_can_authenticate(user) else None


class ProfileModelBackend(ModelBackend):
    def get_user(self, user_id):
        return _user_with_profile(self, user_id)


class ProfileAuthenticationBackend(AllauthBackend):
    def get_user(self, user_id):
        return _user_with_profile(self, user_id)
