"""Exports in the Wagtail admin (menu "Export"): the datasets a staff member
may export, a start page per dataset (its filters and the format), and a
page per job that shows the progress (htmx polls it; without JavaScript a
refresh link and a meta refresh do) and, when the file is ready, the
download link. Only the job's owner sees the job or downloads it (404 for
anyone else); an expired job says so (410). Every start and every download
is written to the audit log (by the services).

Other pages link to ``start_url(key, **filters)``: the start page with the
filters filled in, see CONTRIBUTING.md."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.admin.menu import MenuItem

from elearning.errors import UserError
from exports import registry, selectors, services
from exports.forms import StartForm
from exports.models import ExportStatus


def start_url(key: str, **filters) -> str:
    """The start page of dataset ``key`` with ``filters`` (and ``format``) filled in."""
    url = reverse("exports_admin:start", args=[key])
    return f"{url}?{urlencode(filters, doseq=True)}" if filters else url


def _refused(request, message: str, *, status: int):
    return TemplateResponse(
        request, "exports/admin/refused.html", {"page_title": _("Export"), "message": message}, status=status
    )


@require_GET
def index(request):
    datasets = registry.for_user(request.user)
    if not datasets:
        return _refused(request, _("You do not have permission to export anything."), status=403)
    return TemplateResponse(
        request,
        "exports/admin/index.html",
        {
            "page_title": _("Export"),
            "header_icon": "download",
            "datasets": datasets,
            "jobs": [(job, registry.get(job.dataset)) for job in selectors.jobs_recent(user=request.user)],
        },
    )


@require_http_methods(["GET", "POST"])
def start(request, key: str):
    dataset = registry.get(key)
    if dataset is None:
        return _refused(request, _("There is no export called «%(key)s».") % {"key": key[:64]}, status=404)
    if not dataset.allowed(request.user):
        return _refused(request, _("You do not have permission to export this."), status=403)
    status = 200
    if request.method == "POST":
        form, filters = StartForm(request.POST), dataset.bind(request.POST)
        if form.is_valid() and filters.is_valid():
            try:
                job = services.job_start(
                    user=request.user,
                    dataset_key=key,
                    filters=registry.form_filters(filters),
                    format=form.cleaned_data["format"],
                    submit_key=form.cleaned_data["submit_key"],
                )
            except UserError as error:
                error.add_to_form(filters)
                status = error.status
            except PermissionDenied:
                return _refused(request, _("You do not have permission to export this."), status=403)
            else:
                return HttpResponseRedirect(reverse("exports_admin:job", args=[job.pk]))
        else:
            status = 422
    else:
        query = request.GET.dict()
        form = StartForm(initial={"format": query.get("format", "csv")})
        filters = dataset.bind(initial=query)
    return TemplateResponse(
        request,
        "exports/admin/start.html",
        {
            "page_title": _("Export: %(title)s") % {"title": dataset.title},
            "header_icon": "download",
            "dataset": dataset,
            "form": form,
            "filters": filters,
        },
        status=status,
    )


def _job_context(job) -> dict:
    dataset = registry.get(job.dataset)
    return {
        "job": job,
        "dataset": dataset,
        "filters": dataset.describe(job.filters) if dataset else [(k, str(v)) for k, v in job.filters.items()],
        "expired": selectors.job_expired(job),
        "poll_seconds": settings.EXPORTS["POLL_SECONDS"],
        "page_title": _("Export"),
        "header_icon": "download",
    }


@require_GET
def job(request, job_id: int):
    found = selectors.job_for_owner(user=request.user, job_id=job_id)
    if found is None:
        return _refused(request, _("This export does not exist, or it is not yours."), status=404)
    context = _job_context(found)
    if request.headers.get("HX-Request"):
        return TemplateResponse(request, "exports/admin/partials/progress.html", context)
    return TemplateResponse(request, "exports/admin/job.html", context)


@require_GET
def download(request, job_id: int):
    found = selectors.job_for_owner(user=request.user, job_id=job_id)
    if found is None:
        return _refused(request, _("This export does not exist, or it is not yours."), status=404)
    if selectors.job_expired(found):
        return _refused(
            request, _("This export has expired and its file is deleted. Start the export again."), status=410
        )
    if found.status != ExportStatus.DONE:
        return HttpResponseRedirect(reverse("exports_admin:job", args=[found.pk]))
    services.record_download(user=request.user, job=found)
    return FileResponse(
        default_storage.open(found.file.name, "rb"), as_attachment=True, filename=services.download_name(found)
    )


# --- Wagtail hooks (registered in exports/wagtail_hooks.py) ------------------------


urlpatterns = [
    path("", index, name="index"),
    path("new/<str:key>/", start, name="start"),
    path("<int:job_id>/", job, name="job"),
    path("<int:job_id>/download/", download, name="download"),
]


def admin_urls():
    return [path("exports/", include((urlpatterns, "exports_admin")))]


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(registry.for_user(request.user))


def menu_item():
    return ExportMenuItem(gettext_lazy("Export"), reverse("exports_admin:index"), icon_name="download", order=1020)


def permissions():
    """The permissions datasets ask for, so a group can be given them in Settings → Groups."""
    query = Q(pk__in=[])
    for dataset in registry.all_datasets():
        app_label, codename = dataset.permission.split(".", 1)
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)
