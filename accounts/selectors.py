from django.conf import settings
from django.utils import timezone

from accounts import privacy
from accounts.models import Profile


def profile_for(*, user) -> Profile | None:
    """The user's profile, or None for anonymous users and users that have
    none yet (for example created with createsuperuser)."""
    if not user.is_authenticated:
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def user_language(user) -> str:
    """The language to write to ``user`` in (e-mails, documents sent later):
    the profile's preferred language, else the site's default."""
    profile = getattr(user, "profile", None)
    return (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE


def user_data_export(*, user) -> dict:
    """All personal data the platform holds about ``user``, as one
    JSON-serialisable document (GDPR art. 15 and 20)."""
    data = {
        "format": "helsepedagogikk-data-export/1",
        "exported_at": timezone.now().isoformat(),
        "account": privacy.account_data(user),
    }
    data.update(privacy.domain_exports(user))
    return data
