from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import ratelimit
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.urls import reverse

from accounts.services import profile_ensure


def _home_url() -> str:
    # Reversed inside the active language, so /en/ stays English.
    return reverse("wagtail_serve", args=[""])


IP_ACCOUNT_ACTION = "login_failed_ip_account"


class AccountAdapter(DefaultAccountAdapter):
    """allauth counts failed logins per network address and per account
    (ACCOUNT_RATE_LIMITS["login_failed"]). A third limit counts them per
    network address + account: someone mistyping from a hospital's shared
    address slows down only their own account from there, and the per-address
    limit can stay far higher than one person ever needs."""

    def _ip_account_key(self, request, credentials) -> str:
        login = str(credentials.get("email", credentials.get("username", ""))).lower()
        return f"{self.get_client_ip(request)}:{login}"

    def pre_authenticate(self, request, **credentials):
        # dry_run: only failures count here (authentication_failed records them).
        if not ratelimit.consume(
            request, action=IP_ACCOUNT_ACTION, key=self._ip_account_key(request, credentials), dry_run=True
        ):
            raise self.validation_error("too_many_login_attempts")
        super().pre_authenticate(request, **credentials)

    def authentication_failed(self, request, **credentials):
        ratelimit.consume(request, action=IP_ACCOUNT_ACTION, key=self._ip_account_key(request, credentials))
        super().authentication_failed(request, **credentials)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            profile_ensure(user=user)
        return user

    def get_login_redirect_url(self, request):
        # A learner signs in to go on with a course: "Mine kurs".
        return reverse("modules:dashboard")

    def get_logout_redirect_url(self, request):
        return _home_url()

    def send_mail(self, template_prefix, email, context):
        # Without django.contrib.sites allauth names the site by the request's
        # host ("Hei fra 127.0.0.1:8000!"); its e-mails name the service.
        service = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)
        super().send_mail(template_prefix, email, {**context, "current_site": service})


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form=form)
        profile_ensure(user=user)
        return user
