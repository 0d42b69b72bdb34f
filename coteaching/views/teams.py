"""The team behind a plan: members, invitations (sending, cancelling,
accepting), renaming the plan and publishing it as an example."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coteaching import selectors, services
from coteaching.forms import (
    AcceptInvitationForm,
    InvitationForm,
    PlanTitleForm,
)
from coteaching.models import MEMBER_ROLE_CHOICES, Invitation
from coteaching.views.plans import member_plan
from elearning.errors import UserError
from elearning.views import message_page


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
    return _team_page(request, member_plan(request, plan_id))


@login_required
@require_POST
def invite(request, plan_id: int):
    plan = member_plan(request, plan_id)
    form = InvitationForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                team=plan.team,
                invited_by=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                language=get_language() or settings.LANGUAGE_CODE,
                submit_key=form.cleaned_data["submit_key"],
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            messages.success(request, _("The invitation is sent to %(email)s.") % {"email": invitation.email})
            return redirect("coteaching:team", plan.pk)
    return _team_page(request, plan, invite_form=form, status=status)


@login_required
@require_POST
def invitation_cancel(request, plan_id: int, invitation_id: int):
    plan = member_plan(request, plan_id)
    if not Invitation.objects.filter(pk=invitation_id, team_id=plan.team_id).exists():
        raise Http404(_("This invitation does not exist."))
    services.invitation_cancel(user=request.user, invitation_id=invitation_id)
    messages.success(request, _("The invitation is withdrawn. The link no longer works."))
    return redirect("coteaching:team", plan.pk)


@login_required
@require_POST
def member_remove(request, plan_id: int, membership_id: int):
    plan = member_plan(request, plan_id)
    membership = plan.team.memberships.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        raise Http404(_("This person is not a member of the team."))
    try:
        services.member_remove(actor=request.user, membership_id=membership.pk)
    except UserError as error:
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
    plan = member_plan(request, plan_id)
    form = PlanTitleForm(request.POST)
    if form.is_valid():
        services.plan_rename(
            user=request.user, plan=plan, title=form.cleaned_data["title"], team_name=form.cleaned_data["team_name"]
        )
        messages.success(request, _("The names are saved."))
        return redirect("coteaching:team", plan.pk)
    return _team_page(request, plan, title_form=form, status=422)


@login_required
@require_POST
def publish(request, plan_id: int):
    plan = member_plan(request, plan_id)
    try:
        if request.POST.get("action") == "unpublish":
            services.plan_unpublish(user=request.user, plan=plan)
            messages.success(request, _("The plan is no longer in the examples library."))
        else:
            services.plan_publish_as_example(user=request.user, plan=plan)
            messages.success(request, _("The plan is published in the examples library. Everyone can read it."))
    except UserError as error:
        messages.error(request, error.message)
    return redirect("coteaching:team", plan.pk)


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token: str):
    """GET shows the invitation (mail scanners follow links); POST accepts."""
    invitation = Invitation.objects.select_related("team__plan", "invited_by").filter(token=token).first()
    user = request.user if request.user.is_authenticated else None
    problem = services.invitation_problem(invitation=invitation, user=user)
    if problem is not None:
        return message_page(
            request,
            title=_("The invitation cannot be used"),
            message=problem.message,
            status=problem.status,
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
        except UserError as error:
            return message_page(
                request, title=_("The invitation cannot be used"), message=error.message, status=error.status
            )
        messages.success(request, _("Welcome to the team “%(team)s”.") % {"team": membership.team.name})
        return redirect("coteaching:plan", invitation.team.plan.pk)
    context.update(form=form, suggested_role_label=dict(MEMBER_ROLE_CHOICES).get(suggested))
    return render(request, "coteaching/invitation_accept.html", context, status=422 if form.errors else 200)
