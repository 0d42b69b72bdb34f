"""Staff report in the Wagtail admin: background jobs (e-mails, PDFs) that
failed for good, with the error, so that staff can tell the person. Who may
see it: superusers and staff given "view background job" in Settings → Groups."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from elearning.models import OutboxMessage, OutboxStatus

permission_policy = ModelPermissionPolicy(OutboxMessage)


class FailedJobsView(ReportView):
    page_title = _("Failed background jobs")
    header_icon = "warning"
    index_url_name = "elearning_failed_jobs"
    index_results_url_name = "elearning_failed_jobs_results"
    permission_policy = permission_policy
    permission_required = "view"
    list_export = ["created_at", "handler", "args", "attempts", "last_error"]
    columns = [
        DateColumn("created_at", label=_("Created")),
        Column("handler", label=_("Job")),
        Column("args", label=_("Arguments")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
    ]

    def get_queryset(self):
        return OutboxMessage.objects.filter(status=OutboxStatus.FAILED).order_by("-created_at")

    def get_filename(self):
        return "failed-background-jobs"


class FailedJobsMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


# --- Wagtail hooks (registered in ElearningConfig.ready) --------------------------


def admin_urls():
    view = FailedJobsView.as_view()
    results = FailedJobsView.as_view(results_only=True)
    return [
        path("reports/failed-jobs/", view, name="elearning_failed_jobs"),
        path("reports/failed-jobs/results/", results, name="elearning_failed_jobs_results"),
    ]


def menu_item():
    return FailedJobsMenuItem(
        _("Failed background jobs"), reverse("elearning_failed_jobs"), icon_name="warning", order=1000
    )


def permissions():
    return Permission.objects.filter(content_type__app_label="elearning", codename="view_outboxmessage")
