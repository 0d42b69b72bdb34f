"""Forms for the assignment pages. They only parse input; the services
validate and decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assignments import files as file_checks
from assignments.models import (
    COMMENT_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Decision,
    RubricCriterion,
    RubricLevel,
)
from elearning.submit import SubmitOnceForm


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(file_checks.allowed_extensions())}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class SubmissionForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    files = MultipleFileField(label=_("Attach files"), required=False)
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "Optional. Up to %(count)s files of at most %(size)s MB each: %(types)s. "
            "Do not include names or health information about others."
        ) % {
            "count": file_checks.max_files(),
            "size": f"{file_checks.max_file_bytes() / (1024 * 1024):g}",
            "types": file_checks.allowed_summary(),
        }


class FinalPlanForm(forms.Form):
    plan = forms.TypedChoiceField(label=_("Your team's teaching plan"), coerce=int, widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("A note to the course leaders"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Optional: what you want feedback on, or what changed since the last version."),
    )
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, plan_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].choices = [(choice.plan.pk, choice.plan.title) for choice in plan_choices]


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Feedback to the participant"),
        required=False,
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect, initial=Decision.FEEDBACK
    )
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def service_arguments(self) -> dict:
        """The service's arguments (``assignments.services.feedback_give``)."""
        return {name: self.cleaned_data[name] for name in ("text", "decision", "base_version")}


class AssessForm(FeedbackForm):
    """The rubric for a final plan: a level and feedback per criterion."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Overall feedback to the team")
        for value, label in RubricCriterion.choices:
            self.fields[value] = forms.TypedChoiceField(
                label=label, choices=RubricLevel.choices, coerce=int, widget=forms.RadioSelect
            )
            self.fields[f"{value}_feedback"] = forms.CharField(
                label=_("Feedback: %(criterion)s") % {"criterion": label},
                required=False,
                max_length=FEEDBACK_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def criteria(self):
        return [(self[value], self[f"{value}_feedback"]) for value, _label in RubricCriterion.choices]

    def scores(self) -> dict:
        data = self.cleaned_data
        return {value: (data.get(value), data.get(f"{value}_feedback", "")) for value in RubricCriterion.values}

    def service_arguments(self) -> dict:
        """The service's arguments (``assignments.services.final_plan_assess``)."""
        return {**super().service_arguments(), "scores": self.scores()}


class CommentForm(SubmitOnceForm):
    text = forms.CharField(
        label=_("Your comment"), max_length=COMMENT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3})
    )
