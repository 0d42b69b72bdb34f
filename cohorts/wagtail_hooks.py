from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cohorts import admin_views, calendar, privacy, selectors
from cohorts.admin_forms import CohortAdminForm, CourseDayAdminForm, ParticipantAdminForm
from cohorts.models import Cohort, CourseDay, Participant
from elearning import user_cache
from elearning.admin_columns import YesNoColumn


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = [
        "title",
        "course",
        "starts_on",
        "ends_on",
        "capacity",
        YesNoColumn("published", label=_("published")),
    ]
    list_filter = ["course", "published"]
    search_fields = ["title"]
    edit_handler = ObjectList(Cohort.panels, base_form_class=CohortAdminForm)


class CourseDayViewSet(SnippetViewSet):
    model = CourseDay
    icon = "date"
    menu_label = _("Course days")
    list_display = ["cohort", "number", "title", "starts_at", "format"]
    list_filter = ["cohort", "format"]
    search_fields = ["title"]
    ordering = ["cohort", "number"]
    edit_handler = ObjectList(
        [FieldPanel("cohort"), *CourseDay.panels],
        base_form_class=CourseDayAdminForm,
    )


class ParticipantPermissionPolicy(ModelPermissionPolicy):
    """No "add" or "copy" in the participants' listing: a seat is given only
    by cohorts.services (the "Add participants to a cohort" view), under the
    cohort's lock, so the cohort is never overbooked."""

    def user_has_permission(self, user, action):
        return action not in {"add", "copy"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Participant, ParticipantPermissionPolicy(Participant))


class ParticipantViewSet(SnippetViewSet):
    model = Participant
    copy_view_enabled = False
    icon = "user"
    menu_label = _("Participants")
    list_display = ["user", "cohort", "group", "status", "enrolled_at"]
    list_filter = ["cohort", "status"]
    search_fields = ["user__email", "user__last_name"]
    list_export = ["user", "cohort", "group", "status", "enrolled_at", "waitlisted_at"]
    inspect_view_enabled = True
    # Only the local group is edited here; the status changes through the
    # services (sign-up, cancel, more seats), which keep the seat count.
    edit_handler = ObjectList([FieldPanel("group")], base_form_class=ParticipantAdminForm)


class CohortAdminGroup(SnippetViewSetGroup):
    items = (CohortViewSet, CourseDayViewSet, ParticipantViewSet)
    menu_icon = "group"
    menu_label = _("Cohorts")
    menu_name = "cohorts"
    menu_order = 241


register_snippet(CohortAdminGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("cohorts-admin/", include((admin_views.urlpatterns, "cohorts_admin")))]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_a_day_off(request, instance):
    """A course day saved on a weekend or a Norwegian public holiday is kept,
    with a warning (the copy screen warns the same way)."""
    if isinstance(instance, CourseDay):
        off = calendar.days_off([instance])
        if off:
            messages.warning(request, admin_views.DAYS_OFF_WARNING % {"days": calendar.describe(off)})


@hooks.register("register_snippet_listing_buttons")
def copy_cohort_button(snippet, user, next_url=None):
    if isinstance(snippet, Cohort) and user.has_perm("cohorts.add_cohort"):
        yield Button(
            _("Copy to new dates"), reverse("cohorts_admin:copy", args=[snippet.pk]), icon_name="copy", priority=30
        )


class AddParticipantsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cohorts.add_participant")


@hooks.register("register_admin_menu_item")
def add_participants_menu_item():
    # Short and unlike modules' "Enrol in a course" from the first word: the
    # sidebar cuts a label at about 20 characters.
    return AddParticipantsMenuItem(
        _("Place in a cohort"), reverse("cohorts_admin:add_participants"), icon_name="group", order=242
    )


@hooks.register("learner_dashboard_sections")
@user_cache.reads("cohorts")
def dashboard_cohorts(request):
    """ "Mine kurs": the cohorts the learner takes part in, and the cohorts and
    groups the user leads."""
    found = selectors.dashboard_cohorts(request.user)
    if not found:
        return None
    return {
        "template": "cohorts/dashboard_section.html",
        "taking": found.taking,
        "leading": found.leading,
        "groups": found.groups,
    }


# modules asks, cohorts answers (modules never imports cohorts).
hooks.register("course_completion_requirements", selectors.course_requirements)
hooks.register("course_certificate_details", selectors.certificate_details)


@hooks.register("course_page_sections")
@user_cache.reads("cohorts")
def course_page_cohorts(request, course, progress):
    """The cohorts of a cohort course beside the course, with seats left."""
    if not course.is_cohort_course:
        return None
    return {
        "template": "cohorts/course_section.html",
        "cohorts": selectors.course_cohorts(course=course, user=request.user),
    }


@hooks.register("user_data_export")
def export_cohort_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_cohort_data(user):
    privacy.erase_user_data(user)


@hooks.register("cohort_leader_links")
def progress_link(*, user, cohort):
    """The whole cohort's progress, under "For leaders" on the cohort page."""
    return [{"label": _("The participants' progress"), "url": reverse("cohorts:progress", args=[cohort.pk])}]
