from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from evaluations.models import LIKERT_MAX, LIKERT_MIN, TEXT_MAX_LENGTH, EvaluationAnswer
from evaluations.services import field_name


def likert_choices(question) -> list[tuple[str, str]]:
    """1 to 5, the ends named: "1 – Strongly disagree" … "5 – Strongly agree"
    unless the question names them itself."""
    low = question.low_label or _("Strongly disagree")
    high = question.high_label or _("Strongly agree")
    names = {LIKERT_MIN: low, LIKERT_MAX: high}
    return [(str(n), f"{n} – {names[n]}" if n in names else str(n)) for n in range(LIKERT_MIN, LIKERT_MAX + 1)]


class ResponseForm(forms.Form):
    """One field per question (``q<id>``): a row of radio buttons for a
    statement, a text area for free text. The service checks the answers
    again; this form keeps what the person wrote when it is refused."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            if question.is_likert:
                field = forms.TypedChoiceField(
                    label=question.text,
                    choices=likert_choices(question),
                    coerce=int,
                    empty_value=None,
                    required=question.required,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Choose a value from 1 to 5. This question is required."),
                        "invalid_choice": _("Choose a value from 1 to 5."),
                    },
                )
            else:
                field = forms.CharField(
                    label=question.text,
                    required=question.required,
                    strip=False,
                    widget=forms.Textarea(attrs={"rows": 4, "maxlength": TEXT_MAX_LENGTH}),
                    error_messages={"required": _("Write an answer. This question is required.")},
                )
            field.question = question
            self.fields[field_name(question)] = field

    def question_fields(self):
        """(question, bound field) pairs in the form's order, for the template."""
        return [(question, self[field_name(question)]) for question in self.questions]


class EvaluationFormAdminForm(WagtailAdminModelForm):
    """Refuses deleting a question that has answers (the answers are the
    results; the database protects them too)."""

    def is_valid(self):
        valid = super().is_valid()
        questions = self.formsets.get("questions")
        if questions is None or not hasattr(questions, "cleaned_data"):
            return valid
        deleted = [
            f.instance.pk
            for f in questions.forms
            if f.instance.pk and (getattr(f, "cleaned_data", None) or {}).get("DELETE")
        ]
        if deleted and EvaluationAnswer.objects.filter(question_id__in=deleted).exists():
            self.add_error(
                None,
                _("A question that has answers cannot be deleted. Change its text or make it optional instead."),
            )
            return False
        return valid
