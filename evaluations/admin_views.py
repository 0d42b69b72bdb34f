"""Evaluation results for staff in the Wagtail admin: every cohort with its
number of answers, and the results of one cohort (the same numbers course
leaders see on the site, groups under REPORTS_MIN_GROUP_SIZE hidden).

Who may see them: staff with the ``evaluations.view_evaluationresponse``
permission (superusers have it; give it to a group under Settings → Groups).
Others get 403."""

from django.contrib.auth.models import Permission
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem

from cohorts.models import Cohort
from evaluations import selectors

PERMISSION = "evaluations.view_evaluationresponse"


def can_view_results(user) -> bool:
    return user.has_perm(PERMISSION)


def _forbidden(request):
    # Not PermissionDenied: Wagtail's admin turns that into a redirect to the
    # dashboard, and a refused request should say so with its status.
    return TemplateResponse(
        request, "evaluations/admin/forbidden.html", {"page_title": _("Evaluation results")}, status=403
    )


def index(request):
    if not can_view_results(request.user):
        return _forbidden(request)
    return TemplateResponse(
        request,
        "evaluations/admin/index.html",
        {
            "cohorts": selectors.cohorts_with_responses(),
            "min_group_size": selectors.min_group_size(),
            "page_title": _("Evaluation results"),
            "header_icon": "table",
        },
    )


def cohort_results(request, cohort_id: int):
    if not can_view_results(request.user):
        return _forbidden(request)
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    return TemplateResponse(
        request,
        "evaluations/admin/results.html",
        {
            "cohort": cohort,
            "groups": selectors.results(course_id=cohort.course_id, cohort=cohort),
            "min_group_size": selectors.min_group_size(),
            "page_title": _("Evaluation results: %(cohort)s") % {"cohort": cohort.title},
            "header_icon": "table",
        },
    )


urlpatterns = [
    path("", index, name="index"),
    path("kull/<int:cohort_id>/", cohort_results, name="cohort"),
]


# --- Wagtail hooks (registered in evaluations.wagtail_hooks) ----------------------------


def permissions():
    """Lets administrators grant "view evaluation responses" to a group in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="evaluations", codename="view_evaluationresponse")


def admin_urls():
    return [path("evaluation-results/", include((urlpatterns, "evaluations_admin")))]


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_results(request.user)


def menu_item():
    return ResultsMenuItem(
        gettext_lazy("Evaluation results"), reverse("evaluations_admin:index"), icon_name="table", order=253
    )
