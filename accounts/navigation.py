"""What the header needs to know about the signed-in user, kept in the
session so that drawing the menu costs no query on any page.

The role is read once when the user logs in (Django's ``user_logged_in``
signal, sent by every way of logging in, tests' ``force_login`` too) and
again when the user changes it on "Mine data". The header shows
"Mitt brukerinnlegg" only to user representatives; the story pages do not
rely on it."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts.models import Role
from accounts.selectors import profile_for

SESSION_KEY = "nav_is_user_representative"


def remember_role(request, user) -> None:
    profile = profile_for(user=user)
    request.session[SESSION_KEY] = bool(profile and profile.role == Role.USER_REPRESENTATIVE)


@receiver(user_logged_in, dispatch_uid="accounts.navigation.remember_role")
def _remember_role_on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        remember_role(request, user)


def is_user_representative(request) -> bool:
    return bool(getattr(request, "session", None) and request.session.get(SESSION_KEY))
