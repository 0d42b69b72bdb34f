"""NK LMH staff in the Wagtail admin: the published examples, with a button to
feature or stop featuring each (permission coteaching.feature_example)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from coteaching import selectors, services
from elearning.errors import UserError


def _require_permission(request):
    if not request.user.has_perm("coteaching.feature_example"):
        raise PermissionDenied


def examples(request):
    _require_permission(request)
    return TemplateResponse(
        request,
        "coteaching/admin/examples.html",
        {"plans": selectors.examples_for_staff(), "page_title": _("Teaching plan examples")},
    )


@require_POST
def feature(request, plan_id: int):
    _require_permission(request)
    featured = request.POST.get("featured") == "1"
    try:
        plan = services.plan_set_featured(user=request.user, plan_id=plan_id, featured=featured)
    except UserError as error:
        messages.error(request, error.message)
    else:
        if featured:
            messages.success(request, _("“%(title)s” is featured in the examples library.") % {"title": plan.title})
        else:
            messages.success(request, _("“%(title)s” is no longer featured.") % {"title": plan.title})
    return redirect("coteaching_admin:examples")


urlpatterns = [
    path("", examples, name="examples"),
    path("<int:plan_id>/feature/", feature, name="feature"),
]
