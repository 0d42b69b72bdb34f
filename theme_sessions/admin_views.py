"""Staff screens in the Wagtail admin: the sessions overview, attendance
(tick or CSV import) and evaluation results; their CSV and XLSX files come from
the theme-session evaluations report (insights.views.sessions). Access follows
Wagtail's page permissions: whoever may edit a session may run it."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.permission_policies.pages import PagePermissionPolicy

from elearning.errors import UserError
from elearning.forms import AttendanceImportForm
from theme_sessions import services
from theme_sessions.models import (
    EvaluationResponse,
    NotificationStatus,
    Registration,
    RegistrationStatus,
    SentNotification,
    SessionPage,
)


def _session_for_staff(request, session_id: int) -> SessionPage:
    session = get_object_or_404(SessionPage, pk=session_id)
    if not session.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return session


def editable_sessions(user):
    """The sessions ``user`` may edit (Wagtail's page permissions), as a
    queryset: staff see and run those, and only those."""
    return PagePermissionPolicy(SessionPage).instances_user_has_any_permission_for(user, {"change"})


def overview(request):
    """Every session the user may edit with its seats, waiting list,
    attendance, evaluations and any e-mail claims that never completed (a
    worker crashed mid-send). Unpublished sessions and registration counts are
    for the people who run the sessions: anyone who may edit none of them (a
    reviewer, say) is refused, as by the other theme-session screens."""
    editable = editable_sessions(request.user)
    if not editable.exists():
        raise PermissionDenied
    stale_before = timezone.now() - datetime.timedelta(minutes=15)
    sessions = (
        SessionPage.objects.filter(pk__in=editable.values("pk"))
        .defer_streamfields()
        .annotate(
            confirmed=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED), distinct=True
            ),
            waitlisted=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED), distinct=True
            ),
            attended=Count("registrations", filter=Q(registrations__attended_at__isnull=False), distinct=True),
            evaluation_count=Count("evaluations", distinct=True),
        )
        .order_by("-start")
    )
    stale = (
        SentNotification.objects.filter(
            status=NotificationStatus.CLAIMED,
            claimed_at__lt=stale_before,
            registration__session__in=editable.values("pk"),
        )
        .select_related("registration__session")
        .order_by("-claimed_at")[:50]
    )
    return TemplateResponse(
        request,
        "theme_sessions/admin/overview.html",
        {"sessions": sessions, "stale_claims": stale, "page_title": _("Theme sessions")},
    )


@require_http_methods(["GET", "POST"])
def attendance(request, session_id: int):
    session = _session_for_staff(request, session_id)
    import_form = AttendanceImportForm()
    report = None
    status = 200
    if request.method == "POST" and request.POST.get("action") == "mark":
        ids = {int(pk) for pk in request.POST.getlist("attended") if pk.isdigit()}
        marked = services.attendance_set(session_id=session.pk, attended_ids=ids)
        messages.success(request, _("Attendance saved (%(count)s newly marked).") % {"count": marked})
        return redirect("theme_sessions_admin:attendance", session.pk)
    if request.method == "POST":
        import_form = AttendanceImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            report = services.attendance_import_csv(session_id=session.pk, data=import_form.cleaned_data["file"].read())
            if report.ok:
                messages.success(
                    request, _("Imported: %(count)s participants marked as attended.") % {"count": report.imported}
                )
                return redirect("theme_sessions_admin:attendance", session.pk)
            status = 400
        else:
            status = 400
    registrations = (
        Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED)
        .select_related("user")
        .order_by("guest_name", "user__last_name", "pk")
    )
    return TemplateResponse(
        request,
        "theme_sessions/admin/attendance.html",
        {
            "session": session,
            "registrations": registrations,
            "import_form": import_form,
            "report": report,
            "page_title": _("Attendance: %(title)s") % {"title": session.title},
        },
        status=status,
    )


def export_url(session: SessionPage) -> str:
    return f"{reverse('insights_theme_session_evaluations')}?session={session.pk}"


def evaluations(request, session_id: int):
    session = _session_for_staff(request, session_id)
    answers = EvaluationResponse.objects.filter(session=session).order_by("-created_at")
    summary = answers.aggregate(count=Count("pk"), overall=Avg("overall"), usefulness=Avg("usefulness"))
    export = request.GET.get("format")
    if export in ("csv", "xlsx"):
        # The files come from the report (Wagtail's spreadsheet export), filtered to this session.
        return redirect(f"{export_url(session)}&export={export}")
    return TemplateResponse(
        request,
        "theme_sessions/admin/evaluations.html",
        {
            "session": session,
            "answers": answers,
            "summary": summary,
            "export_url": export_url(session),
            "page_title": _("Evaluation: %(title)s") % {"title": session.title},
        },
    )


@require_POST
def cancel_registration(request, registration_id: int):
    registration = get_object_or_404(Registration, pk=registration_id)
    _session_for_staff(request, registration.session_id)
    try:
        services.registration_cancel(registration_id=registration.pk, trusted=True)
    except UserError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The registration is cancelled."))
    return redirect(reverse("theme_sessions_admin:attendance", args=[registration.session_id]))
