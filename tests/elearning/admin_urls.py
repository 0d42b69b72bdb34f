"""What the admin tests (test_admin_strings, test_admin_titles, test_admin_menu) share: our own apps, and
every URL pattern of the site with its full route."""

import pathlib

from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver

OUR_APPS = {
    config.label
    for config in apps.get_app_configs()
    if pathlib.Path(config.path).is_relative_to(settings.BASE_DIR) and ".venv" not in config.path
}


def walk_urls(resolver, prefix=""):
    """(route, pattern) for every URL pattern under ``resolver``, the route with its prefixes."""
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk_urls(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern
