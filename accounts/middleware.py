from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


class StaffMFARequiredMiddleware:
    """With REQUIRE_STAFF_MFA on (the production default), a signed-in user
    cannot reach the Wagtail admin until they have set up TOTP two-factor
    authentication; they are sent to the set-up page instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.REQUIRE_STAFF_MFA
            and request.path.startswith(ADMIN_PREFIX)
            and request.user.is_authenticated
            and not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request,
                _("Staff must use two-factor authentication. Set up an authenticator app to open the admin."),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
