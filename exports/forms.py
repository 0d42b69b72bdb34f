from django import forms
from django.utils.translation import gettext_lazy as _

from elearning.submit import SubmitOnceForm
from exports.models import ExportFormat


class StartForm(SubmitOnceForm):
    """The format; the dataset's own filter form is shown beside it."""

    format = forms.ChoiceField(
        label=_("File format"),
        choices=ExportFormat.choices,
        initial=ExportFormat.CSV,
        widget=forms.RadioSelect,
        help_text=_(
            "CSV is the standard text format (commas, decimal point), for other programs. "
            "To open the file in Excel, choose XLSX."
        ),
    )
