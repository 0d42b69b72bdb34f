"""Thin views for cohort courses. Learners: the cohort page, enrol, "Meld
deg av", the calendar. Leaders: the overview, attendance (marked or
imported), the group page with its messages. Whoever is not in a cohort or
group gets 404; every action is a plain form POST that redirects."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cohorts import ics, learner_html, selectors, services
from cohorts.forms import GroupMessageForm
from cohorts.views.leaders import message_post
from elearning.errors import UserError
from elearning.forms import AttendanceImportForm
from elearning.fragments import render_with_csrf_hole


@require_GET
def cohort(request, cohort_id: int):
    """The cohort page: public facts and "Meld deg på" for a published cohort,
    the timeline with meeting links and pre-work for participants and leaders
    (rendered once per state of a signed-in viewer, cohorts.learner_html)."""
    found = learner_html.cohort_page(request, cohort_id)
    if found is None:
        raise Http404
    title, body = found
    return render(request, "cohorts/cohort.html", {"title": title, "body": body})


@require_POST
@login_required
def enrol(request, cohort_id: int):
    if selectors.cohort_page(user=request.user, cohort_id=cohort_id) is None:
        raise Http404
    try:
        participant, created = services.participant_enrol(user=request.user, cohort_id=cohort_id)
    except UserError as error:
        messages.error(request, error.message)
    else:
        if participant.is_confirmed:
            messages.success(request, _("You have a seat in the cohort. Welcome!"))
        elif created:
            messages.info(request, _("The cohort is full. You are on the waiting list."))
    return redirect("cohorts:cohort", cohort_id)


@require_POST
@login_required
def cancel(request, cohort_id: int):
    page = selectors.cohort_page(user=request.user, cohort_id=cohort_id)
    if page is None or page.participant is None:
        raise Http404
    if services.participant_cancel(user=request.user, cohort_id=cohort_id):
        messages.success(request, _("You have cancelled your place in the cohort."))
    return redirect("cohorts:cohort", cohort_id)


def _calendar_response(cohort, days, *, with_link: bool) -> HttpResponse:
    response = HttpResponse(
        ics.cohort_ics(cohort, days, with_link=with_link), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="kull-{cohort.pk}.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_GET
@login_required
def calendar(request, cohort_id: int):
    page = selectors.cohort_page(user=request.user, cohort_id=cohort_id)
    if page is None or not page.in_cohort:
        raise Http404
    return _calendar_response(page.cohort, [d.day for d in page.days], with_link=True)


@require_GET
def calendar_feed(request, token: str):
    """A participant's private calendar address (a calendar app has no login)."""
    participant = selectors.participant_by_calendar_token(token[:64])
    if participant is None:
        raise Http404
    days = list(participant.cohort.days.order_by("number"))
    return _calendar_response(participant.cohort, days, with_link=True)


@require_GET
@login_required
def overview(request, cohort_id: int):
    cohort = selectors.cohort_for_leader(user=request.user, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    return render(
        request, "cohorts/overview.html", {"cohort": cohort, "overview": selectors.cohort_overview(cohort=cohort)}
    )


def _attendance_page(request, day, *, import_form=None, report=None, status=200):
    return render(
        request,
        "cohorts/attendance.html",
        {
            "day": day,
            "cohort": day.cohort,
            "rows": selectors.day_attendance(day=day),
            "import_form": import_form or AttendanceImportForm(),
            "report": report,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@login_required
def attendance(request, cohort_id: int, day_id: int):
    day = selectors.day_for_leader(user=request.user, cohort_id=cohort_id, day_id=day_id)
    if day is None:
        raise Http404
    if request.method == "POST":
        present = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
        try:
            services.attendance_set(day_id=day.pk, present_ids=present, marked_by=request.user)
        except UserError as error:
            if request.htmx:
                context = {"day": day, "cohort": day.cohort, "rows": selectors.day_attendance(day=day)}
                return TemplateResponse(
                    request,
                    "cohorts/partials/attendance_form.html",
                    context | {"error": error.message},
                    status=error.status,
                )
            messages.error(request, error.message)
            return redirect("cohorts:attendance", cohort_id, day_id)
        if request.htmx:  # the list again in place, saying it is saved
            return TemplateResponse(
                request,
                "cohorts/partials/attendance_form.html",
                {"day": day, "cohort": day.cohort, "rows": selectors.day_attendance(day=day), "saved": True},
            )
        messages.success(request, _("Attendance for %(day)s is saved.") % {"day": day.label})
        return redirect("cohorts:attendance", cohort_id, day_id)
    return _attendance_page(request, day)


@require_POST
@login_required
def attendance_import(request, cohort_id: int, day_id: int):
    day = selectors.day_for_leader(user=request.user, cohort_id=cohort_id, day_id=day_id)
    if day is None:
        raise Http404
    form = AttendanceImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _attendance_page(request, day, import_form=form, status=422)
    report = services.attendance_import_csv(
        day_id=day.pk, data=form.cleaned_data["file"].read(), marked_by=request.user
    )
    if not report.ok:
        return _attendance_page(request, day, import_form=form, report=report, status=422)
    messages.success(request, _("%(count)s participants were marked present.") % {"count": report.imported})
    return redirect("cohorts:attendance", cohort_id, day_id)


def _message_form_html(request, cohort_id: int, group_id: int, form) -> str:
    """The message form, put into the group page's form hole (cohorts.learner_html.group_page,
    which also fills in its CSRF token)."""
    return render_with_csrf_hole(
        request,
        "cohorts/partials/message_form.html",
        {
            "action": reverse("cohorts:group_message", args=[cohort_id, group_id]),
            "submit_label": _("Send to the group"),
            "message_form": form,
        },
    )


def _group_page(request, cohort_id: int, group_id: int, *, form, status=200):
    """The group page with ``form`` as its message form (a new one, or one refused with ``status``)."""
    found = learner_html.group_page(
        request, cohort_id, group_id, form_html=partial(_message_form_html, request, cohort_id, group_id, form)
    )
    if found is None:
        raise Http404
    title, body = found
    return TemplateResponse(request, "cohorts/group.html", {"title": title, "body": body}, status=status)


@require_GET
@login_required
def group(request, cohort_id: int, group_id: int):
    """A local group's members with their progress, for its leaders only
    (rendered once per state of the leader and the members, cohorts.learner_html)."""
    return _group_page(request, cohort_id, group_id, form=GroupMessageForm())


@require_http_methods(["GET", "POST"])
@login_required
def group_message(request, cohort_id: int, group_id: int):
    """Sends the group message. After a refused send the address bar shows
    this URL, so a GET (reload, bookmark) goes to the group page with the form."""
    found = selectors.group_for_leader(user=request.user, cohort_id=cohort_id, group_id=group_id)
    if found is None:
        raise Http404
    if request.method == "GET":
        return redirect("cohorts:group", cohort_id, group_id)
    return message_post(
        request,
        send=partial(services.group_message_send, group_id=found.pk),
        sent=_("The message is on its way to the group."),
        back=reverse("cohorts:group", args=[cohort_id, group_id]),
        refused=lambda form, status: _group_page(request, cohort_id, group_id, form=form, status=status),
    )
