import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts import navigation
from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.selectors import profile_for, user_data_export
from accounts.services import profile_update, user_delete


def _profile_initial(user):
    profile = profile_for(user=user)
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "role": profile.role if profile else None,
        "profession": profile.profession if profile else "",
        "organisation": profile.organisation if profile else "",
        "municipality": profile.municipality if profile else "",
        "preferred_language": profile.preferred_language if profile else None,
    }


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    """ "Mine data": the profile, the data export and account deletion."""
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            profile_update(user=request.user, **form.cleaned_data)
            navigation.remember_role(request, request.user)
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:my_data")
    else:
        form = ProfileForm(initial=_profile_initial(request.user))
    return render(
        request,
        "accounts/my_data.html",
        {"form": form, "delete_form": DeleteAccountForm(user=request.user)},
    )


@login_required
@require_GET
def export_data(request):
    data = user_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mine-data-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """POST deletes; GET (a link followed, a reload) shows "Mine data" with
    the confirmation form, never a bare 405."""
    if request.method == "GET":
        form = DeleteAccountForm(user=request.user)
    else:
        form = DeleteAccountForm(request.POST, user=request.user)
    if request.method == "GET" or not form.is_valid():
        return render(
            request,
            "accounts/my_data.html",
            {"form": ProfileForm(initial=_profile_initial(request.user)), "delete_form": form},
            status=200 if request.method == "GET" else 422,
        )
    user = request.user
    logout(request)
    user_delete(user=user)
    messages.success(request, _("Your account and your personal data have been deleted."))
    return redirect("/")
