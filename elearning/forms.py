"""Form fields every app shares."""

from django import forms
from django.utils.translation import gettext_lazy as _

from elearning.attendance_csv import MAX_BYTES
from elearning.text import single_line


class SingleLineField(forms.CharField):
    """A title, a name, a workplace: what the person typed, on one line.

    Control characters and line breaks become spaces and runs of whitespace
    one space (``elearning.text.single_line``) before the length is checked,
    so a pasted newline can never reach an e-mail subject, a PDF heading or a
    CSV row. Services normalise the same way for callers without a form."""

    def to_python(self, value):
        value = super().to_python(value)
        return single_line(value) if value not in self.empty_values else value


class AttendanceImportForm(forms.Form):
    """The meeting tool's attendance list, for ``elearning.attendance_csv.attendance_import``."""

    file = forms.FileField(
        label=_("Attendance list (CSV)"),
        help_text=_(
            "The export from the meeting tool, with a column named “Email”. Nothing is saved if a row is wrong."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 2 MB)."))
        return upload
