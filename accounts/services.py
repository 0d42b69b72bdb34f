import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts import privacy
from accounts.models import DeletedAccount, Profile, Role, User
from elearning.text import single_line


def profile_ensure(*, user: User) -> Profile:
    """Return the user's profile, creating a default one if it is missing.
    Idempotent and safe under concurrency (the one-to-one is unique)."""
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *,
    user: User,
    first_name: str,
    last_name: str,
    role: str,
    profession: str = "",
    organisation: str = "",
    municipality: str = "",
    preferred_language: str | None = None,
) -> Profile:
    user.first_name = single_line(first_name)
    user.last_name = single_line(last_name)
    user.full_clean(exclude=["password"])
    user.save(update_fields=["first_name", "last_name"])
    profile = profile_ensure(user=user)
    profile.role = role
    profile.profession = single_line(profession)
    profile.organisation = single_line(organisation)
    profile.municipality = municipality
    if preferred_language:
        profile.preferred_language = preferred_language
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account and every piece of personal data.

    Each domain first erases or anonymises its own rows (see accounts.privacy);
    anonymous statistics (completions, attempts without a user) survive, and
    the deletion itself is counted without any identifier. Atomic: either all
    of it happens or nothing does.
    """
    role = getattr(getattr(user, "profile", None), "role", Role.OTHER)
    privacy.domain_erase(user)
    DeletedAccount.objects.create(role=role)
    user.delete()


def user_purge_unverified(*, now: datetime.datetime | None = None) -> int:
    """Delete accounts whose e-mail was never confirmed within
    ACCOUNT_UNVERIFIED_RETENTION_DAYS, and which never logged in. Staff and
    accounts with a verified address are never touched. Returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.ACCOUNT_UNVERIFIED_RETENTION_DAYS)
    verified = EmailAddress.objects.filter(verified=True).values("user_id")
    stale = User.objects.filter(date_joined__lt=cutoff, last_login__isnull=True, is_staff=False).exclude(
        pk__in=verified
    )
    count = 0
    for user in stale.iterator():
        user_delete(user=user)
        count += 1
    return count
