from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts import municipalities
from accounts.models import Role
from accounts.services import profile_update
from elearning.forms import SingleLineField
from elearning.models import SiteSettings

NAME_MAX = 150


class ProfileFieldsMixin(forms.Form):
    first_name = SingleLineField(label=_("First name"), max_length=NAME_MAX)
    last_name = SingleLineField(label=_("Last name"), max_length=NAME_MAX)
    role = forms.ChoiceField(
        label=_("I am taking part as"),
        choices=Role.choices,
        initial=Role.PROFESSIONAL,
        widget=forms.RadioSelect,
    )
    profession = SingleLineField(
        label=_("Profession"),
        max_length=120,
        required=False,
        help_text=_("For example nurse, physiotherapist or social worker. Optional."),
    )
    organisation = SingleLineField(label=_("Organisation"), max_length=200, required=False)
    municipality = forms.ChoiceField(
        label=_("Municipality"),
        required=False,
        choices=[("", _("Not given"))] + municipalities.options(),
        help_text=_(
            "Where you work, or where you live if you take part as a user representative or relative. Optional."
        ),
        error_messages={"invalid_choice": _("Choose a municipality from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Why we ask, with the group size the reports really use (data minimisation: DOMAIN.md).
        self.fields["organisation"].help_text = _(
            "For example “Sykehuset Innlandet, Lærings- og mestringssenteret” or the name of your association. "
            "Optional, like the municipality: we use them only for statistics on who takes part, and the reports "
            "show them only for groups of at least %(size)s people."
        ) % {"size": settings.REPORTS_MIN_GROUP_SIZE}


class SignupForm(ProfileFieldsMixin):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    accept_privacy = forms.BooleanField(
        label=_("I have read the privacy statement."),
        required=True,
        error_messages={"required": _("You must confirm that you have read the privacy statement.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        settings_row = SiteSettings.objects.select_related("privacy_page").filter(site__is_default_site=True).first()
        privacy = settings_row.privacy_page if settings_row else None
        if privacy is not None and privacy.live:
            self.fields["accept_privacy"].help_text = format_html(
                '<a class="ds-link" href="{}">{}</a>', privacy.url, _("Read the privacy statement")
            )

    def signup(self, request, user):
        profile_update(
            user=user,
            first_name=self.cleaned_data["first_name"],
            last_name=self.cleaned_data["last_name"],
            role=self.cleaned_data["role"],
            profession=self.cleaned_data.get("profession", ""),
            organisation=self.cleaned_data.get("organisation", ""),
            municipality=self.cleaned_data.get("municipality", ""),
            preferred_language=getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
        )


class ProfileForm(ProfileFieldsMixin):
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be deleted for good."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )
    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"].required = True
        else:
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is wrong."))
        return password
