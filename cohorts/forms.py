from django import forms
from django.utils.translation import gettext_lazy as _

from cohorts.services.messages import MAX_BODY
from elearning.forms import SingleLineField
from elearning.submit import SubmitOnceForm


class GroupMessageForm(SubmitOnceForm):
    subject = SingleLineField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 6}))
