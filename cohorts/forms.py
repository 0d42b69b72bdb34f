from django import forms
from django.utils.translation import gettext_lazy as _

from cohorts.services.messages import MAX_BODY
from elearning.attendance_csv import MAX_BYTES


class AttendanceImportForm(forms.Form):
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


class GroupMessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 6}))
