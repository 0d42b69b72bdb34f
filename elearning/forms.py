"""Form fields every app shares."""

from django import forms

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
