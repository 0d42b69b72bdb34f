"""The one error summary (templates/components/error_summary.html), shown by
every form rendered whole (templates/django/forms/div.html) and by the forms
that place their fields themselves: each field's error names the field and
links to it (WCAG 3.3.1, as Designsystemet's ErrorSummary); the form's own
errors are listed as they are."""

import re

from django import forms

from tests.i18n import nb


class _Form(forms.Form):
    subject = forms.CharField(label="Emne")
    choice = forms.ChoiceField(label="Hvem gjelder det?", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)
    note = forms.CharField(label="Merknad", required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        raise forms.ValidationError("Skjemaet er utløpt.")


def _summary(html: str) -> str:
    found = re.findall(r'<div class="ds-error-summary[^>]*>(.*?)</div>', html, re.S)
    assert len(found) == 1, html
    return found[0]


def test_a_form_rendered_whole_names_each_field_with_a_link_and_keeps_its_own_errors():
    form = _Form(data={"subject": "", "note": "Hei"})
    summary = _summary(str(form))
    required = nb("This field is required.")
    assert f'<a class="ds-link" href="#id_subject">Emne</a>: {required}' in summary
    # A group of radio buttons links to its first button; a label ending in "?" gets no ":".
    assert f'<a class="ds-link" href="#id_choice_0">Hvem gjelder det?</a> {required}' in summary
    assert "<li>Skjemaet er utløpt.</li>" in summary  # the form's own error, without a field name
    assert "Merknad" not in summary  # no error, not listed


def test_no_errors_no_summary():
    assert "ds-error-summary" not in str(_Form())
    assert "ds-error-summary" not in str(_Form(data={"subject": "x", "choice": "a"}).errors)
