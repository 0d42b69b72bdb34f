from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from elearning.forms import SingleLineField
from theme_sessions.models import EvaluationResponse


class GuestRegistrationForm(forms.Form):
    name = SingleLineField(label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send a link to this address. Your registration is complete when you open it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    workplace = SingleLineField(
        label=_("Workplace"),
        max_length=200,
        required=False,
        help_text=_("Organisation, municipality or health trust. Optional."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    consent = forms.BooleanField(
        label=_("I agree that my name, e-mail address and workplace are stored for this session."),
        help_text=_("They are deleted %(days)s days after the session.")
        % {"days": settings.THEME_SESSIONS["GUEST_RETENTION_DAYS"]},
    )


RATING_WIDGET = forms.RadioSelect


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = EvaluationResponse
        fields = ["overall", "usefulness", "best", "improve"]
        labels = {
            "overall": _("Overall, how good was the session? (1 = poor, 5 = very good)"),
            "usefulness": _("How useful is it for your work? (1 = not useful, 5 = very useful)"),
            "best": _("What worked well?"),
            "improve": _("What could be better?"),
        }
        help_texts = {
            "improve": _("Please do not write anything about your own or others' health."),
        }
        widgets = {
            "overall": RATING_WIDGET,
            "usefulness": RATING_WIDGET,
            "best": forms.Textarea(attrs={"rows": 4}),
            "improve": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("overall", "usefulness"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0] != ""]
