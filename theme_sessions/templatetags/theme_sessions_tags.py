from django import template
from django.core.cache import cache

from theme_sessions.signals import NAV_CACHE_KEY

register = template.Library()


@register.inclusion_tag("theme_sessions/partials/nav_items.html")
def theme_sessions_nav_items():
    """Links to the theme session index and the podcast. One query, then
    cached until one of those pages is published or unpublished."""
    links = cache.get(NAV_CACHE_KEY)
    if links is None:
        from wagtail.models import Page

        from theme_sessions.models import PodcastPage, ThemeSessionIndexPage

        pages = Page.objects.live().type(ThemeSessionIndexPage, PodcastPage).select_related("content_type")
        links = {}
        for page in pages:
            kind = "podcast" if page.content_type.model == "podcastpage" else "index"
            links.setdefault(kind, page.url)
        cache.set(NAV_CACHE_KEY, links, 3600)
    return {"index_url": links.get("index"), "podcast_url": links.get("podcast")}
