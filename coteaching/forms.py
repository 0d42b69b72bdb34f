from django import forms
from django.utils.translation import gettext_lazy as _

from coteaching.models import (
    COMMENT_MAX_LENGTH,
    MEMBER_ROLE_CHOICES,
    SECTION_HELP,
    SECTION_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    PlanSession,
    SectionKey,
    SessionPart,
)
from elearning.forms import SingleLineField
from elearning.submit import SubmitOnceForm

ROLE_HELP = _(
    "A co-teaching team needs at least one professional and at least one user representative (experienced user)."
)


def role_field(*, label, required=True):
    return forms.ChoiceField(
        label=label, choices=MEMBER_ROLE_CHOICES, widget=forms.RadioSelect, required=required, help_text=ROLE_HELP
    )


class TeamCreateForm(SubmitOnceForm):
    plan_title = SingleLineField(
        label=_("Name of the course you are planning"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("For example “Living with type 2 diabetes”. You can change it later."),
    )
    name = SingleLineField(
        label=_("Name of the planning group"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("For example the centre or the course. Only the team sees it."),
    )

    def __init__(self, *args, ask_role: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if ask_role:
            self.fields["role"] = role_field(label=_("Your role in the team"))


class InvitationForm(SubmitOnceForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send an invitation link to this address. It works once and expires after 14 days."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = role_field(label=_("Their role in the team"))


class AcceptInvitationForm(forms.Form):
    def __init__(self, *args, ask_role: bool, initial_role: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if ask_role:
            self.fields["role"] = role_field(label=_("Your role in the team"))
            self.fields["role"].initial = initial_role


class SectionForm(forms.Form):
    text = forms.CharField(
        required=False,
        max_length=SECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    base_version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, key: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.auto_id = f"id_{key}_%s"
        self.fields["text"].label = SectionKey(key).label
        self.fields["text"].help_text = SECTION_HELP.get(key, "")


class CommentForm(SubmitOnceForm):
    section_key = forms.ChoiceField(
        label=_("About"), required=False, choices=[("", _("The whole plan")), *SectionKey.choices]
    )
    text = forms.CharField(
        label=_("Comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the members of the team see comments."),
    )


class PlanTitleForm(forms.Form):
    title = SingleLineField(label=_("Name of the course"), max_length=TITLE_MAX_LENGTH)
    team_name = SingleLineField(label=_("Name of the planning group"), max_length=TITLE_MAX_LENGTH)


class SessionForm(forms.ModelForm):
    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput, required=False)

    class Meta:
        model = PlanSession
        fields = ["title", "date", "start_time", "duration_minutes"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        help_texts = {"title": _("For example “Day 1: Welcome”.")}
        field_classes = {"title": SingleLineField}


class SessionCreateForm(SubmitOnceForm, SessionForm):
    """A new session: the form is sent once (elearning.submit)."""


class PartForm(forms.ModelForm):
    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput, required=False)

    class Meta:
        model = SessionPart
        fields = ["title", "minutes", "lead", "description"]
        widgets = {"lead": forms.RadioSelect, "description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"description": _("What happens, and what the leaders should prepare. Optional.")}
        field_classes = {"title": SingleLineField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"].choices = [c for c in self.fields["lead"].choices if c[0]]


class PartCreateForm(SubmitOnceForm, PartForm):
    """A new part: the form is sent once (elearning.submit)."""
