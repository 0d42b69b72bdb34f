"""The theme session pages' reads, where their templates ask for them. The
page models hold no reads of their own (theme_sessions.selectors imports the
models, so the models never import the selectors); each page template calls
its tag once, at the top of its content block, and the tag puts the
selector's values into that block's context, as the page's get_context once
did."""

from django import template
from django.core.cache import cache
from wagtail.models import Page

from elearning import content_cache
from elearning.page_context import put
from theme_sessions import selectors
from theme_sessions.models import PodcastPage, ThemeSessionIndexPage
from theme_sessions.signals import NAV_CACHE_KEY

register = template.Library()


@register.simple_tag(takes_context=True)
def session_listing_context(context, index_page) -> str:
    """``upcoming``, ``past``, the filters and their choices, for the topic
    (``?tema=``) and series (``?serie=``) asked for."""
    query = context["request"].GET
    return put(
        context,
        selectors.session_listing(index_page=index_page, topic=query.get("tema", ""), series=query.get("serie", "")),
    )


@register.simple_tag(takes_context=True)
def series_sessions_context(context, series) -> str:
    """``upcoming`` and ``past``: the series' sessions."""
    return put(context, selectors.series_sessions(series=series))


@register.simple_tag(takes_context=True)
def session_detail_context(context, session) -> str:
    """``speakers``, ``topics``, ``state`` (seats and the visitor's
    registration), ``series_page`` and ``recording``."""
    return put(context, selectors.session_detail(session=session, user=context["request"].user))


@register.simple_tag
def podcast_episodes(podcast) -> list:
    return selectors.podcast_episodes(podcast=podcast)


@register.inclusion_tag("theme_sessions/partials/nav_items.html")
def theme_sessions_nav_items():
    """Links to the theme session index and the podcast. One query, then
    cached until one of those pages is published or unpublished, and kept in
    this process's memory while the content version holds (elearning.content_cache)."""
    links = content_cache.local(NAV_CACHE_KEY, _nav_links)
    return {"index_url": links.get("index"), "podcast_url": links.get("podcast")}


def _nav_links() -> dict:
    links = cache.get(NAV_CACHE_KEY)
    if links is None:
        pages = Page.objects.live().type(ThemeSessionIndexPage, PodcastPage).select_related("content_type")
        links = {}
        for page in pages:
            kind = "podcast" if page.content_type.model == "podcastpage" else "index"
            links.setdefault(kind, page.url)
        cache.set(NAV_CACHE_KEY, links, 3600)
    return links
