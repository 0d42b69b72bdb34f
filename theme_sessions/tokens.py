"""Signed links for guests (no account): confirm a registration, and manage it.

Both are signed with SECRET_KEY (django.core.signing); the confirmation link
also carries a timestamp and expires after GUEST_LINK_MAX_AGE_HOURS. The
registration round is part of the confirmation token, so an old link from
before a cancellation cannot confirm a newer sign-up."""

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

from elearning.errors import BadLink

CONFIRM_SALT = "theme_sessions.guest.confirm"
MANAGE_SALT = "theme_sessions.guest.manage"


class InvalidToken(BadLink):
    """A guest link that does not work: altered, cut short, expired, or for a
    registration that is gone."""

    def __init__(self, *, expired: bool = False):
        if expired:
            message = _("This link has expired. Register again from the session page to get a new link.")
        else:
            message = _("This link is not valid. Check that you copied the whole link from the e-mail.")
        super().__init__(message, code="expired" if expired else "invalid")
        self.expired = expired


def guest_confirm_token(*, registration_id: int, round: int) -> str:
    return signing.dumps([registration_id, round], salt=CONFIRM_SALT)


def read_guest_confirm_token(token: str) -> tuple[int, int]:
    max_age = settings.THEME_SESSIONS["GUEST_LINK_MAX_AGE_HOURS"] * 3600
    try:
        registration_id, round_ = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise InvalidToken(expired=True)
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidToken()
    return int(registration_id), int(round_)


def guest_manage_token(*, registration_id: int) -> str:
    return signing.dumps(registration_id, salt=MANAGE_SALT)


def read_guest_manage_token(token: str) -> int:
    try:
        return int(signing.loads(token, salt=MANAGE_SALT))
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidToken()
