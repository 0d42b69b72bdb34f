from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from coteaching import admin_views, privacy, selectors
from elearning import user_cache


@hooks.register("learner_dashboard_sections")
@user_cache.reads("coteaching")
def dashboard_teaching_plans(request):
    if not request.user.is_authenticated:
        return None
    return {"template": "coteaching/dashboard_section.html", "plans": selectors.dashboard_plans(user=request.user)}


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("teaching-plan-examples/", include((admin_views.urlpatterns, "coteaching_admin")))]


class ExamplesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("coteaching.feature_example")


@hooks.register("register_admin_menu_item")
def examples_menu_item():
    return ExamplesMenuItem(
        _("Teaching plan examples"), reverse("coteaching_admin:examples"), icon_name="doc-full", order=260
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="coteaching", codename="feature_example")


@hooks.register("user_data_export")
def export_coteaching_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_coteaching_data(user):
    privacy.erase_user_data(user)
