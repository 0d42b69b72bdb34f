"""How each domain takes part in "Mine data", through Wagtail hooks.

An app registers in its ``wagtail_hooks.py``:

    @hooks.register("user_data_export")
    def export(user) -> tuple[str, dict]:   # (section name, JSON-serialisable data)

    @hooks.register("user_data_erase")
    def erase(user) -> None:                # runs inside the deletion transaction,
                                            # before the user row is deleted

``erase`` removes what identifies the person (free text, names, e-mail) and
may keep anonymous rows (for example completions with the user set to NULL)
so that statistics survive.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from wagtail import hooks

EXPORT_HOOK = "user_data_export"
ERASE_HOOK = "user_data_erase"


def account_data(user) -> dict:
    profile = getattr(user, "profile", None)
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "profile": {
            "role": profile.role,
            "profession": profile.profession,
            "organisation": profile.organisation,
            "municipality": {"number": profile.municipality, "name": profile.municipality_name}
            if profile.municipality
            else None,
            "preferred_language": profile.preferred_language,
        }
        if profile
        else None,
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
        "external_logins": [
            {"provider": s.provider, "uid": s.uid, "date_joined": s.date_joined.isoformat()}
            for s in SocialAccount.objects.filter(user=user)
        ],
        "two_factor_methods": [a.type for a in Authenticator.objects.filter(user=user)],
    }


def domain_exports(user) -> dict:
    return dict(fn(user) for fn in hooks.get_hooks(EXPORT_HOOK))


def domain_erase(user) -> None:
    for fn in hooks.get_hooks(ERASE_HOOK):
        fn(user)
