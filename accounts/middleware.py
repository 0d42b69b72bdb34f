from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


class AdminAccessMiddleware:
    """Who may open the Wagtail admin, decided before Wagtail does.

    - A signed-in user without admin access gets the 403 page. (Wagtail would
      send them to the login page, and the login page sends a signed-in user
      back to `next`: a redirect loop.) Anonymous visitors still go to log in.
    - With REQUIRE_STAFF_MFA on (the production default), staff cannot reach
      the admin until they have set up TOTP two-factor authentication; they
      are sent to the set-up page instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            if not request.user.has_perm("wagtailadmin.access_admin"):
                raise PermissionDenied
            if (
                settings.REQUIRE_STAFF_MFA
                and not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
            ):
                messages.warning(
                    request,
                    _("Staff must use two-factor authentication. Set up an authenticator app to open the admin."),
                )
                return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
