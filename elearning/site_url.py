"""Absolute links for what leaves the site without a request to go by:
e-mails, calendar files, the podcast feed, certificates and links staff copy.
They all start from settings.SITE_URL, the site's public address."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (from reverse() or a page's url) on the site's public address."""
    return f"{settings.SITE_URL}{path}"
