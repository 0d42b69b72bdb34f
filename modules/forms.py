import csv
import io

from django import forms
from django.utils.translation import gettext_lazy as _

from modules.models import CoursePage


class ReflectionForm(forms.Form):
    # The length limit is checked by the service, which keeps the typed text
    # and says how long it was; the form only reads the field.
    text = forms.CharField(label=_("Your answer"), required=False, strip=False, widget=forms.Textarea)
    shared = forms.BooleanField(label=_("Share with my group leader"), required=False)


class CertificateLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("The code printed on the certificate, for example ABCD-EFGH-JKLM-NPQR."),
    )

    def clean_code(self):
        return "".join(ch for ch in self.cleaned_data["code"].upper() if ch.isalnum())


class EnrolLearnersForm(forms.Form):
    """Staff add learners to a course: one e-mail address, or a CSV file of them."""

    course = forms.ModelChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    email = forms.EmailField(label=_("E-mail address"), required=False)
    csv_file = forms.FileField(
        label=_("CSV file with e-mail addresses"),
        required=False,
        help_text=_("One address per line, or a column named 'email' (or 'e-post')."),
    )

    MAX_CSV_BYTES = 1_000_000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.order_by("title")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("csv_file"):
            raise forms.ValidationError(_("Give an e-mail address or choose a CSV file."))
        return cleaned

    def clean_csv_file(self):
        upload = self.cleaned_data.get("csv_file")
        if upload and upload.size > self.MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 1 MB)."))
        return upload

    def emails(self) -> list[str]:
        found = []
        if self.cleaned_data.get("email"):
            found.append(self.cleaned_data["email"])
        upload = self.cleaned_data.get("csv_file")
        if upload:
            text = upload.read().decode("utf-8-sig", errors="replace")
            rows = list(csv.reader(io.StringIO(text), delimiter=";" if text.count(";") > text.count(",") else ","))
            column = 0
            if rows and any(cell.strip().lower() in ("email", "e-mail", "e-post", "epost") for cell in rows[0]):
                header = [cell.strip().lower() for cell in rows[0]]
                column = next(i for i, h in enumerate(header) if h in ("email", "e-mail", "e-post", "epost"))
                rows = rows[1:]
            for row in rows:
                if len(row) > column and "@" in row[column]:
                    found.append(row[column].strip())
        return found
