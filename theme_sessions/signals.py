"""Wagtail's publish signal, turned into a task after the commit."""

from django.core.cache import cache
from wagtail.signals import page_published, page_unpublished

from elearning import outbox
from theme_sessions.models import PodcastPage, SessionPage, ThemeSessionIndexPage

NAV_CACHE_KEY = "theme_sessions:nav"


def _session_published(sender, instance, revision=None, **kwargs):
    # One job per published revision: republishing the same one adds nothing.
    key = f"theme_sessions.published:{instance.pk}:{getattr(revision, 'pk', None) or instance.live_revision_id}"
    outbox.enqueue("theme_sessions.tasks.session_published", instance.pk, key=key)


def _nav_changed(sender, instance, **kwargs):
    cache.delete(NAV_CACHE_KEY)


def connect() -> None:
    page_published.connect(_session_published, sender=SessionPage, dispatch_uid="theme_sessions_session_published")
    for model in (ThemeSessionIndexPage, PodcastPage):
        page_published.connect(_nav_changed, sender=model, dispatch_uid=f"theme_sessions_nav_pub_{model.__name__}")
        page_unpublished.connect(_nav_changed, sender=model, dispatch_uid=f"theme_sessions_nav_unpub_{model.__name__}")
