from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from theme_sessions import admin_views, feeds, privacy, selectors
from theme_sessions.models import PodcastPage, SessionPage, Speaker


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = ["name", "role", "is_user_representative"]
    list_filter = ["is_user_representative"]
    search_fields = ["name", "role"]


register_snippet(SpeakerViewSet)

admin_urlpatterns = (
    [
        path("", admin_views.overview, name="overview"),
        path("<int:session_id>/attendance/", admin_views.attendance, name="attendance"),
        path("<int:session_id>/evaluations/", admin_views.evaluations, name="evaluations"),
        path("registrations/<int:registration_id>/cancel/", admin_views.cancel_registration, name="cancel"),
    ],
    "theme_sessions_admin",
)


# Order 1: inside Wagtail's own view-restriction check (order 0), as the page itself is.
@hooks.register("on_serve_page", order=1)
def podcast_feed(serve):
    """The podcast's RSS feed at its feed/ route (PodcastPage.feed), built
    here from the selectors, so the page model needs none of them."""

    def serve_feed(page, request, serve_args, serve_kwargs):
        # A routable page is served with (view, args, kwargs): the view is the route's method.
        view = serve_args[0] if serve_args else None
        if isinstance(page, PodcastPage) and getattr(view, "__func__", None) is PodcastPage.feed:
            return feeds.podcast_feed_response(request=request, podcast=page)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_feed


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("theme-sessions/", include(admin_urlpatterns))]


class ThemeSessionsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.editable_sessions(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ThemeSessionsMenuItem(
        _("Theme sessions"), reverse("theme_sessions_admin:overview"), icon_name="date", order=250
    )


def _session_buttons(page, user):
    if issubclass(page.specific_class or object, SessionPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Attendance"), reverse("theme_sessions_admin:attendance", args=[page.pk]), icon_name="tick", priority=35
        )
        yield Button(
            _("Evaluation results"),
            reverse("theme_sessions_admin:evaluations", args=[page.pk]),
            icon_name="list-ul",
            priority=36,
        )


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    yield from _session_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_buttons(page, user, next_url=None):
    yield from _session_buttons(page, user)


@hooks.register("home_page_sections")
def home_upcoming_sessions(request, page):
    sessions = selectors.upcoming_sessions(limit=3)
    if not sessions:
        return None
    return {"template": "theme_sessions/home_section.html", "sessions": sessions}


@hooks.register("user_data_export")
def export_registrations(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_registrations(user):
    privacy.erase_user_data(user)
