from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes import privacy
from quizzes.models import Quiz, TimeLimitExtension


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", "pass_mark", "max_attempts", "time_limit_minutes"]
    list_filter = ["kind"]
    search_fields = ["title"]


register_snippet(QuizViewSet)


class TimeLimitExtensionViewSet(SnippetViewSet):
    """Extra time, or no time limit, for one learner on one quiz (WCAG 2.2.1)."""

    model = TimeLimitExtension
    icon = "time"
    menu_label = _("Time limit extensions")
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["user", "quiz", "extra_minutes", "no_limit", "granted_at"]
    search_fields = []


register_snippet(TimeLimitExtensionViewSet)


@hooks.register("user_data_export")
def export_quiz_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_quiz_data(user):
    privacy.erase_user_data(user)


# Quiz statistics for staff (quizzes.admin_views): admin URLs, a menu item and
# a "Statistics" link on each quiz in the snippet listing, and the permission
# to see them in Settings → Groups.
from quizzes import admin_views  # noqa: E402

hooks.register("register_admin_urls", admin_views.admin_urls)
hooks.register("register_admin_menu_item", admin_views.menu_item)
hooks.register("register_snippet_listing_buttons", admin_views.listing_buttons)
hooks.register("register_permissions", admin_views.permissions)
