"""Save-time validation in the Wagtail admin, with the services' rules and
messages: a cohort ends on or after its first day; a published cohort has a
professional and a user representative among its course leaders; a course day is not moved into the past; moving a
day tells its participants (cohorts.services.day_record_change); a
participant's local group is one of their own cohort's groups."""

from __future__ import annotations

from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm

from cohorts.models import LocalGroup
from cohorts.services.days import WHEN_AND_WHERE, day_record_change
from cohorts.services.enrolment import participant_set_group
from cohorts.services.rules import check_cohort_dates, check_day_time, check_leaders
from elearning.errors import UserError


def _live_forms(formset):
    formset.is_valid()  # cleaned_data for every form (idempotent)
    return [
        form for form in formset.forms if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class CohortAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("starts_on") and cleaned.get("ends_on"):
            try:
                check_cohort_dates(starts_on=cleaned["starts_on"], ends_on=cleaned["ends_on"])
            except UserError as error:
                self.add_error(error.field, error.message)
        leaders = self.formsets.get("leaders") if hasattr(self, "formsets") else None
        if cleaned.get("published") and leaders is not None:
            roles = [form.cleaned_data.get("role") for form in _live_forms(leaders) if form.cleaned_data.get("user")]
            try:
                check_leaders(roles)
            except UserError as error:
                self.add_error("published", error.message)
        return cleaned


class CourseDayAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        moved = not self.instance.pk or {"starts_at", "ends_at"} & set(self.changed_data)
        if starts_at and ends_at and moved:
            try:
                check_day_time(starts_at=starts_at, ends_at=ends_at)
            except UserError as error:
                self.add_error(error.field, error.message)
        return cleaned

    def save(self, commit=True):
        moved = bool(self.instance.pk) and bool(set(WHEN_AND_WHERE) & set(self.changed_data))
        instance = super().save(commit=commit)
        if commit and moved:
            transaction.on_commit(lambda: day_record_change(day_id=instance.pk))
        return instance


def group_label(group: LocalGroup) -> str:
    """A local group as a choice: several cohorts may have a "Gruppe 1"."""
    return f"{group.name} ({group.cohort.title})"


class ParticipantAdminForm(WagtailAdminModelForm):
    """Staff move a participant between the local groups of the participant's
    own cohort; each choice names its cohort, since several cohorts may have a
    "Gruppe 1". Seats are never given here: participants are added through
    "Add participants to a cohort", which allocates them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["group"]
        field.queryset = LocalGroup.objects.filter(cohort_id=self.instance.cohort_id).select_related("cohort")
        field.label_from_instance = group_label

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        group = self.cleaned_data.get("group")
        return participant_set_group(participant_id=self.instance.pk, group_id=group.pk if group else None)
