"""The secret address of a user's calendar feed."""

from django.db import transaction

from elearning.tokens import new_token
from theme_sessions.models import (
    CalendarFeedToken,
)


def calendar_token_for(*, user) -> CalendarFeedToken:
    token, _created = CalendarFeedToken.objects.get_or_create(user=user)
    return token


@transaction.atomic
def calendar_token_rotate(*, user) -> CalendarFeedToken:
    """A new secret address for the user's calendar feed; the old one stops working."""
    token = calendar_token_for(user=user)
    token.token = new_token()
    token.save(update_fields=["token", "created_at"])
    return token
