"""Staff screens in the Wagtail admin that the snippet viewsets do not cover."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column

from elearning.site_url import absolute_url
from modules import services
from modules.forms import EnrolLearnersForm


def add_learners(request):
    """Add one learner, or a CSV of e-mail addresses, to a course (open or closed)."""
    if not request.user.has_perm("modules.add_enrolment"):
        raise PermissionDenied
    form = EnrolLearnersForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.course_enrol_emails(course=form.cleaned_data["course"], emails=form.emails())
        messages.success(
            request,
            _("%(enrolled)d enrolled, %(already)d already enrolled, %(unknown)d without an account.")
            % {k: len(v) for k, v in result.items()},
        )
        if not result["unknown"]:
            return redirect("modules_admin:add_learners")
    return TemplateResponse(
        request,
        "modules/admin/add_learners.html",
        {"form": form, "result": result, "page_title": _("Add learners to a course"), "header_icon": "user"},
    )


class InvitationLinkColumn(Column):
    def get_value(self, instance):
        url = absolute_url(instance.get_absolute_url())
        return format_html('<a href="{}">{}</a>', url, url)


invitation_link_column = InvitationLinkColumn("link", label=gettext_lazy("Link"))

urlpatterns = [path("add/", add_learners, name="add_learners")]
