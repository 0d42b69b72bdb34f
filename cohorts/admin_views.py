"""Staff screens in the Wagtail admin beyond the viewsets: copy a cohort."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from cohorts import calendar, services
from cohorts.admin_forms import group_label
from cohorts.models import Cohort, LocalGroup
from elearning.errors import UserError
from elearning.text import normalise_email

DAYS_OFF_WARNING = gettext_lazy(
    "These course days fall on a weekend or a public holiday in Norway: %(days)s. "
    "Move them under “Course days” if that was not meant."
)


class CopyCohortForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title of the new cohort"), max_length=200)
    starts_on = forms.DateField(
        label=gettext_lazy("First day of the new cohort"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Every course day moves by as many days as the first day does."),
    )


def copy_cohort(request, cohort_id: int):
    if not request.user.has_perm("cohorts.add_cohort"):
        raise PermissionDenied
    source = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    form = CopyCohortForm(request.POST or None, initial={"title": _("%(title)s (copy)") % {"title": source.title}})
    if request.method == "POST" and form.is_valid():
        try:
            copy = services.cohort_copy(
                cohort_id=source.pk, starts_on=form.cleaned_data["starts_on"], title=form.cleaned_data["title"]
            )
        except UserError as error:
            form.add_error("starts_on" if error.code == "day_in_past" else None, error.message)
        else:
            messages.success(
                request, _("The cohort was copied to %(title)s. Check it, then publish it.") % {"title": copy.title}
            )
            off = calendar.days_off(copy.days.order_by("number"))
            if off:
                messages.warning(request, DAYS_OFF_WARNING % {"days": calendar.describe(off)})
            return redirect(reverse("wagtailsnippets_cohorts_cohort:edit", args=[copy.pk]))
    return TemplateResponse(
        request,
        "cohorts/admin/copy.html",
        {"form": form, "source": source, "page_title": _("Copy cohort"), "header_icon": "copy"},
    )


class AddParticipantsForm(forms.Form):
    cohort = forms.ModelChoiceField(label=gettext_lazy("Cohort"), queryset=Cohort.objects.none())
    group = forms.ModelChoiceField(
        label=gettext_lazy("Local group"), queryset=LocalGroup.objects.none(), required=False
    )
    emails = forms.CharField(
        label=gettext_lazy("E-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy("One or more, separated by lines, commas or semicolons."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = Cohort.objects.select_related("course").order_by("-starts_on")
        self.fields["group"].queryset = LocalGroup.objects.select_related("cohort").order_by("cohort_id", "name")
        self.fields["group"].label_from_instance = group_label

    def clean(self):
        cleaned = super().clean()
        cohort, group = cleaned.get("cohort"), cleaned.get("group")
        if cohort and group and group.cohort_id != cohort.pk:
            self.add_error("group", _("The group belongs to another cohort."))
        return cleaned

    def addresses(self) -> list[str]:
        raw = self.cleaned_data["emails"].replace(";", "\n").replace(",", "\n")
        found = []
        for line in raw.splitlines():
            email = normalise_email(line)
            if "@" in email and email not in found:
                found.append(email)
        return found


def add_participants(request):
    if not request.user.has_perm("cohorts.add_participant"):
        raise PermissionDenied
    form = AddParticipantsForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        cohort, group = form.cleaned_data["cohort"], form.cleaned_data["group"]
        result = {"confirmed": [], "waitlisted": [], "already": [], "unknown": []}
        wanted = form.addresses()
        users = {normalise_email(u.email): u for u in User.objects.filter(email__in=wanted)}
        for email in wanted:
            user = users.get(email)
            if user is None:
                result["unknown"].append(email)
                continue
            participant, created = services.participant_enrol(
                user=user, cohort_id=cohort.pk, group_id=group.pk if group else None, by_staff=True
            )
            result[participant.status if created else "already"].append(email)
        messages.success(
            request,
            _("%(confirmed)d got a seat, %(waitlisted)d are on the waiting list, %(already)d were in the cohort, "
              "%(unknown)d have no account.") % {k: len(v) for k, v in result.items()},
        )  # fmt: skip
    return TemplateResponse(
        request,
        "cohorts/admin/add_participants.html",
        {"form": form, "result": result, "page_title": _("Add participants to a cohort"), "header_icon": "group"},
    )


urlpatterns = [
    path("<int:cohort_id>/copy/", copy_cohort, name="copy"),
    path("participants/add/", add_participants, name="add_participants"),
]
