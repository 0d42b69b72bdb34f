"""Forms only read the input; the services check the limits and say how long
an oversized text was, and the typed text is always given back."""

from django import forms
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from elearning.forms import SingleLineField
from elearning.submit import SubmitOnceForm
from stories.models import COMMENT_MAX_LENGTH, COMMENTABLE_STEPS, PART_MAX_LENGTH, TITLE_MAX_LENGTH
from stories.steps import STEPS_BY_KEY, TITLE, Step


class StoryCreateForm(SubmitOnceForm):
    title = SingleLineField(
        label=TITLE.label,
        help_text=_("For example “The first time with diabetes”. You can change it later."),
        max_length=TITLE_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class StepForm(forms.Form):
    """The parts of one editor step. With JavaScript, each field saves itself
    a second after the person stops typing (htmx); without, the buttons do."""

    base_version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, step: Step, story, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        url = reverse("stories:step", args=[story.pk, step.number])
        autosave = {
            "hx-post": url,
            "hx-trigger": "input changed delay:1s",
            "hx-include": "closest form",
            "hx-target": "#autosave-status",
            "hx-swap": "innerHTML",
            "hx-sync": "closest form:queue last",
        }
        for part in step.parts:
            if part.name == TITLE.name:
                self.fields[part.name] = SingleLineField(
                    label=part.label,
                    help_text=part.help_text,
                    required=False,
                    widget=forms.TextInput(attrs={**autosave, "autocomplete": "off"}),
                )
                continue
            self.fields[part.name] = forms.CharField(
                label=part.label,
                help_text=_("%(help)s At most %(limit)s characters.")
                % {"help": part.help_text, "limit": number_format(PART_MAX_LENGTH, force_grouping=True)},
                required=False,
                strip=False,
                widget=forms.Textarea(attrs={**autosave, "rows": part.rows}),
            )

    def texts(self) -> dict[str, str]:
        """What was sent for each part; parts missing from the request are left out."""
        return {name: self.cleaned_data[name] for name in self.step.fields if name in self.data}


class ShareForm(forms.Form):
    email = forms.EmailField(
        label=_("Your co-teacher's e-mail address"),
        help_text=_("The address they log in with on this site."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


def _comment_step_choices():
    return [("", _("The whole story talk"))] + [(key, STEPS_BY_KEY[key].title) for key in COMMENTABLE_STEPS]


class CommentForm(SubmitOnceForm):
    step = forms.ChoiceField(label=_("The comment is about"), choices=_comment_step_choices, required=False)
    text = forms.CharField(label=_("Comment"), strip=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, in the language of the request.
        self.fields["text"].help_text = _("At most %(limit)s characters.") % {
            "limit": number_format(COMMENT_MAX_LENGTH, force_grouping=True)
        }
