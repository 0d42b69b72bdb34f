"""Co-teaching pages. Thin views: read input, call one service or selector,
render. Every action is a plain form POST; the plan's sections also edit in
place with htmx (the same URLs answer with a partial when request.htmx).

Only team members see a plan that is not published: for anyone else the
plan's URLs answer 404, so an outsider cannot tell that it exists."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from coteaching import pdf, selectors, services
from coteaching.forms import (
    AcceptInvitationForm,
    CommentForm,
    InvitationForm,
    PartForm,
    PlanTitleForm,
    SectionForm,
    SessionForm,
    TeamCreateForm,
)
from coteaching.models import Invitation, PlanSection, PlanSession, SectionKey, SessionPart, TeachingPlan
from coteaching.services import CoteachingError, ScheduleConflict, SectionConflict
from elearning.views import message_page


def _member_plan(request, plan_id: int) -> TeachingPlan:
    plan = selectors.plan_for_member(plan_id=plan_id, user=request.user)
    if plan is None:
        raise Http404(_("This teaching plan does not exist, or you are not a member of its team."))
    return plan


def _section_key(key: str) -> str:
    if key not in SectionKey.values:
        raise Http404(_("This part of the plan does not exist."))
    return key


def _plan_url(plan: TeachingPlan, anchor: str = "") -> str:
    url = reverse("coteaching:plan", args=[plan.pk])
    return f"{url}#{anchor}" if anchor else url


# --- My plans and new teams -------------------------------------------------------


@login_required
@require_GET
def my_plans(request):
    """ "Mine undervisningsplaner": the plans of every team the user is in."""
    return render(request, "coteaching/my_plans.html", {"plans": selectors.plans_for_user(user=request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def team_create(request):
    ask_role = selectors.suggested_role(request.user) is None
    form = TeamCreateForm(request.POST or None, ask_role=ask_role)
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.team_create(
                user=request.user,
                name=form.cleaned_data["name"],
                plan_title=form.cleaned_data["plan_title"],
                role=form.cleaned_data.get("role"),
            )
        except CoteachingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("The plan is ready. Invite the others in your planning group from the team page."),
            )
            return redirect("coteaching:plan", plan.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "coteaching/team_create.html", {"form": form}, status=status)


# --- The plan ----------------------------------------------------------------------


@login_required
@require_GET
def plan_detail(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    document = selectors.plan_document(plan=plan)
    comment_key = request.GET.get("kommentar", "")
    comment_form = CommentForm(initial={"section_key": comment_key if comment_key in SectionKey.values else ""})
    return render(
        request,
        "coteaching/plan_detail.html",
        {"plan": plan, "document": document, "comment_form": comment_form, "editable": True},
    )


def _section_context(request, plan, section: PlanSection, **extra):
    return {"plan": plan, "section": section, "editable": True, "request": request, **extra}


def _section_partial(request, plan, section, *, status_message: str = "", status=200):
    section.comments = selectors.section_comments(plan=plan, key=section.key)
    html = render_to_string(
        "coteaching/partials/section.html",
        _section_context(request, plan, section, status_message=status_message),
        request=request,
    )
    return HttpResponse(html, status=status)


@login_required
@require_GET
@vary_on_headers("HX-Request")
def section_detail(request, plan_id: int, key: str):
    """The section as shown on the plan page (htmx: after "Cancel")."""
    plan = _member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    if request.htmx:
        return _section_partial(request, plan, section)
    return redirect(_plan_url(plan, f"section-{key}"))


def _render_section_form(request, plan, section, form, *, conflict=None, status=200):
    context = _section_context(request, plan, section, form=form, conflict=conflict, inline=bool(request.htmx))
    if request.htmx:
        html = render_to_string("coteaching/partials/section_form.html", context, request=request)
        # htmx does not swap 4xx answers by default: the partial with the
        # message comes with 200, the plain form page with the real status.
        return HttpResponse(html)
    return render(request, "coteaching/section_edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def section_edit(request, plan_id: int, key: str):
    """Edit one section. The form carries the version it was opened at;
    saving on top of a newer version shows both texts (the saved one, and
    the user's own in the textarea) so they can merge and save again."""
    plan = _member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    if request.method == "GET":
        form = SectionForm(key=key, initial={"text": section.text, "base_version": section.version})
        return _render_section_form(request, plan, section, form)
    form = SectionForm(request.POST, key=key)
    if not form.is_valid():
        return _render_section_form(request, plan, section, form, status=400)
    try:
        section = services.section_save(
            user=request.user,
            plan=plan,
            key=key,
            text=form.cleaned_data["text"],
            base_version=form.cleaned_data["base_version"],
        )
    except SectionConflict as conflict:
        # The next save builds on the version the user has now seen.
        form = SectionForm(key=key, initial={"text": conflict.yours, "base_version": conflict.version})
        return _render_section_form(request, plan, conflict.section, form, conflict=conflict, status=409)
    except CoteachingError as error:
        form.add_error("text", error.message)
        return _render_section_form(request, plan, section, form, status=400)
    saved = _("Saved: %(section)s.") % {"section": section.get_key_display()}
    if request.htmx:
        return _section_partial(request, plan, section, status_message=saved)
    messages.success(request, saved)
    return redirect(_plan_url(plan, f"section-{key}"))


@login_required
@require_GET
def section_history(request, plan_id: int, key: str):
    plan = _member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    return render(
        request,
        "coteaching/section_history.html",
        {"plan": plan, "section": section, "revisions": selectors.section_history(section=section)},
    )


@login_required
@require_POST
def section_restore(request, plan_id: int, key: str):
    """Put an older version back, as a new version (nothing is deleted)."""
    plan = _member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    try:
        revision_id = int(request.POST.get("revision", ""))
        base_version = int(request.POST.get("base_version", ""))
    except ValueError:
        raise Http404(_("This version does not exist."))
    revision = section.revisions.filter(pk=revision_id).first() if section.pk else None
    if revision is None or base_version < 0:
        raise Http404(_("This version does not exist."))
    try:
        services.section_save(user=request.user, plan=plan, key=key, text=revision.text, base_version=base_version)
    except SectionConflict as conflict:
        form = SectionForm(key=key, initial={"text": conflict.yours, "base_version": conflict.version})
        return _render_section_form(request, plan, conflict.section, form, conflict=conflict, status=409)
    messages.success(request, _("Version %(version)s is back in the plan.") % {"version": revision.version})
    return redirect(_plan_url(plan, f"section-{key}"))


@login_required
@require_POST
def comment_add(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = services.comment_add(
                user=request.user,
                plan=plan,
                text=form.cleaned_data["text"],
                section_key=form.cleaned_data["section_key"],
            )
        except CoteachingError as error:
            form.add_error("text", error.message)
        else:
            messages.success(request, _("Your comment is saved."))
            anchor = f"section-{comment.section_key}" if comment.section_key else "comments"
            return redirect(_plan_url(plan, anchor))
    document = selectors.plan_document(plan=plan)
    return render(
        request,
        "coteaching/plan_detail.html",
        {"plan": plan, "document": document, "comment_form": form, "editable": True},
        status=400,
    )


@login_required
@require_POST
def comment_delete(request, plan_id: int, comment_id: int):
    plan = _member_plan(request, plan_id)
    if services.comment_delete(user=request.user, comment_id=comment_id):
        messages.success(request, _("Your comment is deleted."))
    return redirect(_plan_url(plan, "comments"))


# --- Team ---------------------------------------------------------------------------


def _team_page(request, plan, *, invite_form=None, title_form=None, status=200):
    overview = selectors.team_overview(plan=plan)
    return render(
        request,
        "coteaching/team.html",
        {
            "plan": plan,
            "overview": overview,
            "invite_form": invite_form or InvitationForm(),
            "title_form": title_form or PlanTitleForm(initial={"title": plan.title, "team_name": plan.team.name}),
        },
        status=status,
    )


@login_required
@require_GET
def team(request, plan_id: int):
    return _team_page(request, _member_plan(request, plan_id))


@login_required
@require_POST
def invite(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                team=plan.team,
                invited_by=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                language=get_language() or settings.LANGUAGE_CODE,
            )
        except CoteachingError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, _("The invitation is sent to %(email)s.") % {"email": invitation.email})
            return redirect("coteaching:team", plan.pk)
    return _team_page(request, plan, invite_form=form, status=400)


@login_required
@require_POST
def invitation_cancel(request, plan_id: int, invitation_id: int):
    plan = _member_plan(request, plan_id)
    if not Invitation.objects.filter(pk=invitation_id, team_id=plan.team_id).exists():
        raise Http404(_("This invitation does not exist."))
    services.invitation_cancel(user=request.user, invitation_id=invitation_id)
    messages.success(request, _("The invitation is withdrawn. The link no longer works."))
    return redirect("coteaching:team", plan.pk)


@login_required
@require_POST
def member_remove(request, plan_id: int, membership_id: int):
    plan = _member_plan(request, plan_id)
    membership = plan.team.memberships.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        raise Http404(_("This person is not a member of the team."))
    try:
        services.member_remove(actor=request.user, membership_id=membership.pk)
    except CoteachingError as error:
        messages.error(request, error.message)
        return redirect("coteaching:team", plan.pk)
    if membership.user_id == request.user.pk:
        messages.success(request, _("You have left the team."))
        return redirect("coteaching:my_plans")
    name = membership.user.get_full_name() or membership.user.email
    messages.success(request, _("%(name)s is no longer a member of the team.") % {"name": name})
    return redirect("coteaching:team", plan.pk)


@login_required
@require_POST
def plan_rename(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    form = PlanTitleForm(request.POST)
    if form.is_valid():
        services.plan_rename(
            user=request.user, plan=plan, title=form.cleaned_data["title"], team_name=form.cleaned_data["team_name"]
        )
        messages.success(request, _("The names are saved."))
        return redirect("coteaching:team", plan.pk)
    return _team_page(request, plan, title_form=form, status=400)


@login_required
@require_POST
def publish(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    try:
        if request.POST.get("action") == "unpublish":
            services.plan_unpublish(user=request.user, plan=plan)
            messages.success(request, _("The plan is no longer in the examples library."))
        else:
            services.plan_publish_as_example(user=request.user, plan=plan)
            messages.success(request, _("The plan is published in the examples library. Everyone can read it."))
    except CoteachingError as error:
        messages.error(request, error.message)
    return redirect("coteaching:team", plan.pk)


# --- Invitations --------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token: str):
    """GET shows the invitation (mail scanners follow links); POST accepts."""
    invitation = Invitation.objects.select_related("team__plan", "invited_by").filter(token=token).first()
    user = request.user if request.user.is_authenticated else None
    problem = services.invitation_problem(invitation=invitation, user=user)
    if problem is not None:
        status = 403 if problem.code == "wrong_user" else 400
        return message_page(
            request,
            title=_("The invitation cannot be used"),
            message=problem.message,
            status=status,
            link=(reverse("coteaching:my_plans"), _("Go to your teaching plans")) if user else None,
        )
    if user is not None and invitation.accepted_at is not None:
        return redirect("coteaching:plan", invitation.team.plan.pk)
    next_query = urlencode({"next": request.path})
    context = {
        "invitation": invitation,
        "login_url": f"{reverse('account_login')}?{next_query}",
        "signup_url": f"{reverse('account_signup')}?{next_query}",
    }
    if user is None:
        return render(request, "coteaching/invitation_accept.html", context)
    suggested = selectors.suggested_role(user)
    form = AcceptInvitationForm(
        request.POST if request.method == "POST" else None, ask_role=suggested is None, initial_role=invitation.role
    )
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.invitation_accept(token=token, user=user, role=form.cleaned_data.get("role"))
        except CoteachingError as error:
            return message_page(request, title=_("The invitation cannot be used"), message=error.message, status=400)
        messages.success(request, _("Welcome to the team “%(team)s”.") % {"team": membership.team.name})
        return redirect("coteaching:plan", invitation.team.plan.pk)
    context.update(form=form, suggested_role=suggested)
    return render(request, "coteaching/invitation_accept.html", context, status=400 if form.errors else 200)


# --- Schedule -----------------------------------------------------------------------


def _schedule_page(request, plan, *, session_form=None, status=200):
    return render(
        request,
        "coteaching/schedule.html",
        {
            "plan": plan,
            "sessions": selectors.plan_sessions(plan=plan),
            "session_form": session_form or SessionForm(prefix="new"),
        },
        status=status,
    )


@login_required
@require_GET
def schedule(request, plan_id: int):
    return _schedule_page(request, _member_plan(request, plan_id))


@login_required
@require_POST
def session_add(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    form = SessionForm(request.POST, prefix="new")
    if form.is_valid():
        try:
            session = services.session_create(user=request.user, plan=plan, data=form.cleaned_data)
        except CoteachingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("“%(title)s” is added. Now add its parts.") % {"title": session.title})
            return redirect("coteaching:session_edit", plan.pk, session.pk)
    return _schedule_page(request, plan, session_form=form, status=400)


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
            "part_form": part_form or PartForm(prefix="part"),
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
    plan = _member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    if request.method == "GET":
        return _session_page(request, plan, session)
    form = SessionForm(request.POST, instance=PlanSession(plan=plan))
    if not form.is_valid():
        return _session_page(request, plan, session, form=form, status=400)
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
        return _session_page(request, plan, conflict.current, form=form, conflict=conflict, status=409)
    except CoteachingError as error:
        form.add_error(None, error.message)
        return _session_page(request, plan, session, form=form, status=400)
    messages.success(request, _("The session is saved."))
    return redirect("coteaching:session_edit", plan.pk, session.pk)


@login_required
@require_POST
def session_delete(request, plan_id: int, session_id: int):
    plan = _member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    services.session_delete(user=request.user, session=session)
    messages.success(request, _("“%(title)s” is deleted from the schedule.") % {"title": session.title})
    return redirect("coteaching:schedule", plan.pk)


@login_required
@require_POST
def session_move(request, plan_id: int, session_id: int):
    plan = _member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    services.session_move(user=request.user, session=session, direction=request.POST.get("direction", "down"))
    return redirect(reverse("coteaching:schedule", args=[plan.pk]) + f"#session-{session.pk}")


@login_required
@require_POST
def part_add(request, plan_id: int, session_id: int):
    plan = _member_plan(request, plan_id)
    session = _member_session(request, plan, session_id)
    form = PartForm(request.POST, prefix="part")
    if form.is_valid():
        try:
            part = services.part_create(user=request.user, session=session, data=form.cleaned_data)
        except CoteachingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("“%(title)s” is added.") % {"title": part.title})
            return redirect(reverse("coteaching:session_edit", args=[plan.pk, session.pk]) + "#parts")
    return _session_page(request, plan, session, part_form=form, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def part_edit(request, plan_id: int, part_id: int):
    plan = _member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    context = {"plan": plan, "part": part, "session": part.session, "conflict": None}
    if request.method == "GET":
        context["form"] = PartForm(instance=part, initial={"version": part.version})
        return render(request, "coteaching/part_edit.html", context)
    form = PartForm(request.POST, instance=SessionPart(session=part.session))
    status = 400
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
            status = 409
        except CoteachingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("“%(title)s” is saved.") % {"title": form.cleaned_data["title"]})
            return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + "#parts")
    context["form"] = form
    return render(request, "coteaching/part_edit.html", context, status=status)


@login_required
@require_POST
def part_delete(request, plan_id: int, part_id: int):
    plan = _member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    services.part_delete(user=request.user, part=part)
    messages.success(request, _("“%(title)s” is deleted.") % {"title": part.title})
    return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + "#parts")


@login_required
@require_POST
def part_move(request, plan_id: int, part_id: int):
    plan = _member_plan(request, plan_id)
    part = _member_part(request, plan, part_id)
    services.part_move(user=request.user, part=part, direction=request.POST.get("direction", "down"))
    return redirect(reverse("coteaching:session_edit", args=[plan.pk, part.session_id]) + f"#part-{part.pk}")


# --- Print and PDF ---------------------------------------------------------------------


@login_required
@require_GET
def plan_print(request, plan_id: int):
    plan = _member_plan(request, plan_id)
    document = selectors.plan_document(plan=plan, with_comments=False)
    return render(request, "coteaching/plan_print.html", {"plan": plan, "document": document, "show_members": True})


def _pdf_response(plan: TeachingPlan, *, show_members: bool) -> HttpResponse:
    response = HttpResponse(pdf.render_plan_pdf(plan, show_members=show_members), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.filename(plan)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def plan_pdf(request, plan_id: int):
    return _pdf_response(_member_plan(request, plan_id), show_members=True)


# --- Examples library -------------------------------------------------------------------


@require_GET
def examples(request):
    return render(request, "coteaching/examples.html", {"plans": selectors.examples_library()})


def _example(plan_id: int) -> TeachingPlan:
    plan = selectors.published_example(plan_id=plan_id)
    if plan is None:
        raise Http404(_("This example does not exist."))
    return plan


@require_GET
def example_detail(request, plan_id: int):
    plan = _example(plan_id)
    document = selectors.plan_document(plan=plan, with_comments=False, with_members=False)
    is_member = selectors.membership_for(plan=plan, user=request.user) is not None
    return render(
        request,
        "coteaching/example_detail.html",
        {"plan": plan, "document": document, "is_member": is_member, "show_members": False},
    )


@require_GET
def example_pdf(request, plan_id: int):
    return _pdf_response(_example(plan_id), show_members=False)
