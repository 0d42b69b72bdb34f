"""A team's teaching plan: my plans, a new team, the plan's sections (edited
in place with htmx) and comments, the print view and the PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from coteaching import pdf, selectors, services
from coteaching.forms import (
    CommentForm,
    SectionForm,
    TeamCreateForm,
)
from coteaching.models import PlanSection, SectionKey, TeachingPlan
from coteaching.services import SectionConflict
from elearning.errors import UserError


def member_plan(request, plan_id: int) -> TeachingPlan:
    plan = selectors.plan_for_member(plan_id=plan_id, user=request.user)
    if plan is None:
        raise Http404(_("This teaching plan does not exist, or you are not a member of its team."))
    return plan


def _section_key(key: str) -> str:
    if key not in SectionKey.values:
        raise Http404(_("This part of the plan does not exist."))
    return key


def plan_url(plan: TeachingPlan, anchor: str = "") -> str:
    url = reverse("coteaching:plan", args=[plan.pk])
    return f"{url}#{anchor}" if anchor else url


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
    status = 422 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.team_create(
                user=request.user,
                name=form.cleaned_data["name"],
                plan_title=form.cleaned_data["plan_title"],
                role=form.cleaned_data.get("role"),
                submit_key=form.cleaned_data["submit_key"],
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(
                request,
                _("The plan is ready. Invite the others in your planning group from the team page."),
            )
            return redirect("coteaching:plan", plan.pk)
    return render(request, "coteaching/team_create.html", {"form": form}, status=status)


@login_required
@require_GET
def plan_detail(request, plan_id: int):
    plan = member_plan(request, plan_id)
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
    return TemplateResponse(
        request,
        "coteaching/partials/section.html",
        _section_context(request, plan, section, status_message=status_message),
        status=status,
    )


@login_required
@require_GET
@vary_on_headers("HX-Request")
def section_detail(request, plan_id: int, key: str):
    """The section as shown on the plan page (htmx: after "Cancel")."""
    plan = member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    if request.htmx:
        return _section_partial(request, plan, section)
    return redirect(plan_url(plan, f"section-{key}"))


def _render_section_form(request, plan, section, form, *, conflict=None, status=200):
    context = _section_context(request, plan, section, form=form, conflict=conflict, inline=bool(request.htmx))
    template = "coteaching/partials/section_form.html" if request.htmx else "coteaching/section_edit.html"
    return TemplateResponse(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def section_edit(request, plan_id: int, key: str):
    """Edit one section. The form carries the version it was opened at;
    saving on top of a newer version shows both texts (the saved one, and
    the user's own in the textarea) so they can merge and save again."""
    plan = member_plan(request, plan_id)
    section = selectors.section_for(plan=plan, key=_section_key(key))
    if request.method == "GET":
        form = SectionForm(key=key, initial={"text": section.text, "base_version": section.version})
        return _render_section_form(request, plan, section, form)
    form = SectionForm(request.POST, key=key)
    if not form.is_valid():
        return _render_section_form(request, plan, section, form, status=422)
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
        return _render_section_form(request, plan, conflict.section, form, conflict=conflict, status=conflict.status)
    except UserError as error:
        error.add_to_form(form)
        return _render_section_form(request, plan, section, form, status=error.status)
    saved = _("Saved: %(section)s.") % {"section": section.get_key_display()}
    if request.htmx:
        return _section_partial(request, plan, section, status_message=saved)
    messages.success(request, saved)
    return redirect(plan_url(plan, f"section-{key}"))


@login_required
@require_GET
def section_history(request, plan_id: int, key: str):
    plan = member_plan(request, plan_id)
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
    plan = member_plan(request, plan_id)
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
        return _render_section_form(request, plan, conflict.section, form, conflict=conflict, status=conflict.status)
    messages.success(request, _("Version %(version)s is back in the plan.") % {"version": revision.version})
    return redirect(plan_url(plan, f"section-{key}"))


@login_required
@require_POST
def comment_add(request, plan_id: int):
    plan = member_plan(request, plan_id)
    form = CommentForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            comment = services.comment_add(
                user=request.user,
                plan=plan,
                text=form.cleaned_data["text"],
                section_key=form.cleaned_data["section_key"],
                submit_key=form.cleaned_data["submit_key"],
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, _("Your comment is saved."))
            anchor = f"section-{comment.section_key}" if comment.section_key else "comments"
            return redirect(plan_url(plan, anchor))
    document = selectors.plan_document(plan=plan)
    return render(
        request,
        "coteaching/plan_detail.html",
        {"plan": plan, "document": document, "comment_form": form, "editable": True},
        status=status,
    )


@login_required
@require_POST
def comment_delete(request, plan_id: int, comment_id: int):
    plan = member_plan(request, plan_id)
    if services.comment_delete(user=request.user, comment_id=comment_id):
        messages.success(request, _("Your comment is deleted."))
    return redirect(plan_url(plan, "comments"))


@login_required
@require_GET
def plan_print(request, plan_id: int):
    plan = member_plan(request, plan_id)
    document = selectors.plan_document(plan=plan, with_comments=False)
    return render(request, "coteaching/plan_print.html", {"plan": plan, "document": document, "show_members": True})


def pdf_response(plan: TeachingPlan, *, show_members: bool) -> HttpResponse:
    response = HttpResponse(pdf.render_plan_pdf(plan, show_members=show_members), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.filename(plan)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def plan_pdf(request, plan_id: int):
    return pdf_response(member_plan(request, plan_id), show_members=True)
