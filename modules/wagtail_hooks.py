from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from elearning import page_cache, user_cache
from modules import admin_views, learner_html, privacy, selectors, services, views
from modules.models import CourseIndexPage, CourseInvitation, Enrolment, LessonPage


class InvitationViewSet(SnippetViewSet):
    model = CourseInvitation
    icon = "link"
    menu_label = _("Invitation links")
    list_display = ["label", "course", "active", admin_views.invitation_link_column]
    list_filter = ["course", "active"]


class EnrolmentViewSet(SnippetViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["user", "course", "source", "enrolled_at", "completed_at"]
    list_filter = ["course", "source"]
    search_fields = ["user__email", "user__last_name"]
    list_export = ["user", "course", "source", "enrolled_at", "completed_at"]
    inspect_view_enabled = True


class CourseAdminGroup(SnippetViewSetGroup):
    items = (EnrolmentViewSet, InvitationViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Online course")
    menu_name = "online-course"
    menu_order = 240


register_snippet(CourseAdminGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("course-learners/", include((admin_views.urlpatterns, "modules_admin")))]


class AddLearnersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("modules.add_enrolment")


@hooks.register("register_admin_menu_item")
def add_learners_menu_item():
    # The sidebar cuts a label at about 20 characters: the two "add people"
    # items (this and cohorts') differ from their first word.
    return AddLearnersMenuItem(
        _("Enrol in a course"), reverse("modules_admin:add_learners"), icon_name="user", order=241
    )


# Order 1: after elearning's serve_in_page_language (order 0), which may switch the
# language the entries are kept in.
@hooks.register("before_serve_page", order=1)
def read_ahead_learner_entries(page, request, serve_args, serve_kwargs):
    """The learner's cached entries a course, module or lesson page reads,
    fetched with their user in one round trip (modules.learner_html.read_ahead)."""
    learner_html.read_ahead(request, page)


# Order 1: inside Wagtail's own view-restriction check (order 0), so a restricted
# lesson asks for its password before the gate looks at enrolment or records a visit.
@hooks.register("on_serve_page", order=1)
def lesson_gate(serve):
    """Lessons are read by enrolled learners only; a locked lesson says why
    (modules.views.lesson_gate). Editors' previews never pass here. An
    anonymous visitor's lesson (open reading) is rendered once per content
    version (elearning.page_cache)."""

    def serve_lesson(page, request, serve_args, serve_kwargs):
        if isinstance(page, LessonPage):
            refused = views.lesson_gate(request, page)
            if refused is not None:
                return refused
            # What the gate let through an anonymous visitor (an open course) is the same for all of them.
            return page_cache.serve_cached(page, request, serve, serve_args, serve_kwargs)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_lesson


# Quizzes in lessons: quizzes asks, modules answers (quizzes never imports modules).
hooks.register("quiz_lesson_access", selectors.lesson_quiz_accessible)
hooks.register("quiz_passed", services.progress_record_quiz_pass)
hooks.register("quiz_time_limits", selectors.lesson_quiz_time_limits)


@hooks.register("home_page_sections")
def home_course_offer(request, page):
    index = CourseIndexPage.objects.live().first()
    if index is None:
        return None
    courses = selectors.course_listing(index_page=index, user=request.user)
    if not courses:
        return None
    return {"template": "modules/home_section.html", "index": index, "courses": courses}


@hooks.register("user_data_export")
def export_course_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_course_data(user):
    privacy.erase_user_data(user)


@hooks.register("learner_dashboard_sections")
@user_cache.reads()
def suggest_learning_path(request):
    """Offer the learning path made for the learner's role (user representatives)."""
    path = selectors.suggested_path(user=request.user, request=request)
    if path is None:
        return None
    return {"template": "modules/path_suggestion.html", "path": path}
