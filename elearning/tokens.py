"""Unguessable keys for links that stand in for a login: invitation links,
private calendar feeds."""

import secrets


def new_token() -> str:
    """43 URL-safe characters (32 random bytes); fits the apps' 64-character token columns."""
    return secrets.token_urlsafe(32)
