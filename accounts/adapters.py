from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.urls import reverse

from accounts.services import profile_ensure


def _home_url() -> str:
    # Reversed inside the active language, so /en/ stays English.
    return reverse("wagtail_serve", args=[""])


class AccountAdapter(DefaultAccountAdapter):
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


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form=form)
        profile_ensure(user=user)
        return user
