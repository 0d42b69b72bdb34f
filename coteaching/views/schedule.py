"""The plan's schedule: course sessions and their parts. A concurrent edit
shows both versions and keeps what this editor typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coteaching import selectors, services
from coteaching.forms import (
    PartCreateForm,
    PartForm,
    SessionCreateForm,
    SessionForm,
)
from coteaching.models import PlanSession, SessionPart
from coteaching.services import ScheduleConflict
from coteaching.views.plans import member_plan
from elearning.errors import UserError


def _schedule_page(request, plan, *, session_form=None, status=200):
    return render(
        request,
        "coteaching/schedule.html",
        {
            "plan": plan,
            "sessions": selectors.plan_sessions(plan=plan),
            "session_form": session_form or SessionCreateForm(prefix="new"),
        },
        status=status,
    )


@login_required
@require_GET
def schedule(request, plan_id: int):
    return _schedule_page(request, member_plan(request, plan_id))


@login_required
@require_POST
def session_add(request, plan_id: int):
    plan = member_plan(request, plan_id)
    form = SessionCreateForm(request.POST, prefix="new")
    status = 422
    if form.is_valid():
        try:
            session = services.session_create(
                user=request.user, plan=plan, data=form.cleaned_data, submit_key=form.cleaned_data["submit_key"]
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, _("“%(title)s” is added. Now add its parts.") % {"title": session.title})
            return redirect("coteaching:session_edit", plan.pk, session.pk)
    return _schedule_page(request, plan, session_form=form, status=status)


def _member_session(request, plan, session_id) -> PlanSession:
    session = PlanSession.objects.filter(pk=session_id, plan=plan).select_related("plan__team").first()
    if session is None:
        raise Http404(_("This session does not exist."))
    return session


def _member_part(request, plan, part_id) -> SessionPart:
    part = SessionPart.objects.filter(pk=part_id, session__plan=plan).select_related("session__plan__team").first()
    if part is None:
        raise Http404(_("This part does not exist."))
    return part


def _session_page(request, plan, session, *, form=None, part_form=None, conflict=None, status=200):
    return render(
        request,
        "coteaching/session_edit.html",
        {
            "plan": plan,
            "session": session,
            "parts": list(session.parts.order_by("order", "pk")),
            "form": form or SessionForm(instance=session, initial={"version": session.version}),
            "part_form": part_form or PartCreateForm(prefix="part"),
            "conflict": conflict,
        },
        status=status,
    )


def _conflict_message(current) -> str:
    if current is None:
        return _("Someone else deleted this while you were editing it. Your changes are not saved.")
    return _(
        "Someone else saved changes while you were editing. Their version is shown below; your changes are "
        "still in the form. Check both, and save again to keep yours."
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_edit(request, plan_id: int, session_id: int):
    plan = member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    if request.method == "GET":
        return _session_page(request, plan, session)
    form = SessionForm(request.POST, instance=PlanSession(plan=plan))
    if not form.is_valid():
        return _session_page(request, plan, session, form=form, status=422)
    try:
        services.session_update(
            user=request.user,
            session=session,
            data=form.cleaned_data,
            base_version=form.cleaned_data.get("version") or 0,
        )
    except ScheduleConflict as conflict:
        if conflict.current is None:
            messages.error(request, _conflict_message(None))
            return redirect("coteaching:schedule", plan.pk)
        data = request.POST.copy()
        data["version"] = conflict.current.version
        form = SessionForm(data, instance=PlanSession(plan=plan))
        form.is_valid()
        return _session_page(request, plan, conflict.current, form=form, conflict=conflict, status=conflict.status)
    except UserError as error:
        error.add_to_form(form)
        return _session_page(request, plan, session, form=form, status=error.status)
    messages.success(request, _("The session is saved."))
    return redirect("coteaching:session_edit", plan.pk, session.pk)


@login_required
@require_POST
def session_delete(request, plan_id: int, session_id: int):
    plan = member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    services.session_delete(user=request.user, session=session)
    messages.success(request, _("“%(title)s” is deleted from the schedule.") % {"title": session.title})
    return redirect("coteaching:schedule", plan.pk)


@login_required
@require_POST
def session_move(request, plan_id: int, session_id: int):
    plan = member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    services.session_move(user=request.user, session=session, direction=request.POST.get("direction", "down"))
    return redirect(reverse("coteaching:schedule", args=[plan.pk]) + f"#session-{session.pk}")


@login_required
@require_POST
def part_add(request, plan_id: int, session_id: int):
    plan = member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    form = PartCreateForm(request.POST, prefix="part")
    status = 422
    if form.is_valid():
        try:
            part = services.part_create(
                user=request.user, session=session, data=form.cleaned_data, submit_key=form.cleaned_data["submit_key"]
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, _("“%(title)s” is added.") % {"title": part.title})
            return redirect(reverse("coteaching:session_edit", args=[plan.pk, session.pk]) + "#parts")
    return _session_page(request, plan, session, part_form=form, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def part_edit(request, plan_id: int, part_id: int):
    plan = member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    context = {"plan": plan, "part": part, "session": part.session, "conflict": None}
    if request.method == "GET":
        context["form"] = PartForm(instance=part, initial={"version": part.version})
        return render(request, "coteaching/part_edit.html", context)
    form = PartForm(request.POST, instance=SessionPart(session=part.session))
    status = 422
    if form.is_valid():
        try:
            services.part_update(
                user=request.user, part=part, data=form.cleaned_data, base_version=form.cleaned_data.get("version") or 0
            )
        except ScheduleConflict as conflict:
            if conflict.current is None:
                messages.error(request, _conflict_message(None))
                return redirect("coteaching:session_edit", plan.pk, part.session_id)
            data = request.POST.copy()
            data["version"] = conflict.current.version
            form = PartForm(data, instance=SessionPart(session=part.session))
            form.is_valid()
            context.update(part=conflict.current, conflict=conflict)
            status = conflict.status
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, _("“%(title)s” is saved.") % {"title": form.cleaned_data["title"]})
            return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + "#parts")
    context["form"] = form
    return render(request, "coteaching/part_edit.html", context, status=status)


@login_required
@require_POST
def part_delete(request, plan_id: int, part_id: int):
    plan = member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    services.part_delete(user=request.user, part=part)
    messages.success(request, _("“%(title)s” is deleted.") % {"title": part.title})
    return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + "#parts")


@login_required
@require_POST
def part_move(request, plan_id: int, part_id: int):
    plan = member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    services.part_move(user=request.user, part=part, direction=request.POST.get("direction", "down"))
    return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + f"#part-{part.pk}")
