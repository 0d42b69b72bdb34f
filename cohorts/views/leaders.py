"""Thin views for group leaders and course leaders on the site: the whole
cohort's progress (course leaders), one member's details (their group's
leaders and the course leaders; each view is in the audit log), attendance for a group leader's own group,
and the group's message history (members and leaders). Whoever may not see
it gets 404."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from audit import services as audit
from audit.models import AuditAction
from cohorts import selectors, services
from cohorts.forms import GroupMessageForm
from elearning.errors import UserError


@require_GET
@login_required
def cohort_progress(request, cohort_id: int):
    """Every confirmed participant's progress, quiz results, submissions and
    attendance: the cohort's course leaders only."""
    cohort = selectors.cohort_for_leader(user=request.user, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    return _progress_page(request, cohort)


def _progress_page(request, cohort, *, form=None, status=200):
    return render(
        request,
        "cohorts/progress.html",
        {
            "cohort": cohort,
            "rows": selectors.member_rows(cohort=cohort),
            "message_form": form or GroupMessageForm(),
        },
        status=status,
    )


def message_post(request, *, send, sent: str, back: str, refused):
    """A leader's message form, posted (plain form, redirects): `send(author=,
    subject=, body=, submit_key=)` sends it, then the browser goes to `back`
    with `sent` as the message; a refused message comes back as
    `refused(form, status)`, with what was typed."""
    form = GroupMessageForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            send(
                author=request.user,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                submit_key=form.cleaned_data["submit_key"],
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, sent)
            return redirect(back)
    return refused(form, status)


@require_http_methods(["GET", "POST"])
@login_required
def cohort_message(request, cohort_id: int):
    """A course leader writes to everyone in the cohort.
    A GET (reload or bookmark after a refused send) goes to the progress page."""
    cohort = selectors.cohort_for_leader(user=request.user, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    if request.method == "GET":
        return redirect("cohorts:progress", cohort_id)
    return message_post(
        request,
        send=partial(services.cohort_message_send, cohort_id=cohort.pk),
        sent=_("The message is on its way to everyone in the cohort."),
        back=reverse("cohorts:progress", args=[cohort_id]),
        refused=lambda form, status: _progress_page(request, cohort, form=form, status=status),
    )


@require_GET
@login_required
def member(request, cohort_id: int, participant_id: int):
    """One learner's details, for the leaders of their group and the course leaders."""
    found = selectors.member_for_leader(user=request.user, cohort_id=cohort_id, participant_id=participant_id)
    if found is None:
        raise Http404
    detail = selectors.member_detail(participant=found)
    # Every view of one person's details is in the audit log (issue 15).
    audit.record(
        actor=request.user,
        action=AuditAction.PERSON_VIEWED_BY_LEADER,
        subject=found.user,
        details={"cohort_id": found.cohort_id, "participant_id": found.pk, "group_id": found.group_id},
    )
    return render(
        request,
        "cohorts/member.html",
        {
            "cohort": found.cohort,
            "detail": detail,
            "is_course_leader": selectors.is_cohort_leader(request.user, found.cohort),
        },
    )


def _attendance_context(group, day, *, saved=False) -> dict:
    return {
        "cohort": group.cohort,
        "group": group,
        "day": day,
        "rows": selectors.group_day_attendance(group=group, day=day),
        "days": selectors.cohort_days(cohort=group.cohort),
        "saved": saved,
    }


@require_http_methods(["GET", "POST"])
@login_required
def group_attendance(request, cohort_id: int, group_id: int, day_id: int):
    """A group leader ticks who of the group was there on a course day; the
    rest of the cohort is left as it is. A plain form that redirects; with
    htmx the form is swapped in place."""
    found = selectors.group_day_for_leader(user=request.user, cohort_id=cohort_id, group_id=group_id, day_id=day_id)
    if found is None:
        raise Http404
    group, day = found
    if request.method == "POST":
        present = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
        try:
            services.attendance_set(day_id=day.pk, present_ids=present, marked_by=request.user, group_id=group.pk)
        except UserError as error:
            if request.htmx:
                context = _attendance_context(group, day) | {"error": error.message}
                return TemplateResponse(
                    request, "cohorts/partials/group_attendance_form.html", context, status=error.status
                )
            messages.error(request, error.message)
            return redirect("cohorts:group_attendance", cohort_id, group_id, day_id)
        if request.htmx:
            return TemplateResponse(
                request, "cohorts/partials/group_attendance_form.html", _attendance_context(group, day, saved=True)
            )
        messages.success(request, _("Attendance for %(day)s is saved.") % {"day": day.label})
        return redirect("cohorts:group_attendance", cohort_id, group_id, day_id)
    return render(request, "cohorts/group_attendance.html", _attendance_context(group, day))


@require_GET
@login_required
def group_messages(request, cohort_id: int, group_id: int):
    """The group's message history: its confirmed members and its leaders."""
    group = selectors.group_for_member_or_leader(user=request.user, cohort_id=cohort_id, group_id=group_id)
    if group is None:
        raise Http404
    return render(
        request,
        "cohorts/group_messages.html",
        {
            "cohort": group.cohort,
            "group": group,
            "group_messages": selectors.group_messages(group=group, limit=100),
            "is_leader": selectors.can_lead_group(request.user, group),
        },
    )
