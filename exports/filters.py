"""Building blocks for datasets' filter forms: a period that refuses a start
after its end, with a clear message."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PeriodForm(forms.Form):
    """``from_date`` and ``to_date`` (both optional, both inclusive)."""

    from_date = forms.DateField(label=_("From (date)"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    to_date = forms.DateField(label=_("To (date)"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        start, end = data.get("from_date"), data.get("to_date")
        if start and end and start > end:
            raise forms.ValidationError(_("The start of the period is after its end. Swap the dates."), code="order")
        return data


def period_q(filters: dict, field: str) -> dict:
    """ORM lookups for the period in ``filters`` on the datetime ``field``."""
    lookups = {}
    if filters.get("from_date"):
        lookups[f"{field}__date__gte"] = filters["from_date"]
    if filters.get("to_date"):
        lookups[f"{field}__date__lte"] = filters["to_date"]
    return lookups
