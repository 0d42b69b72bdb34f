"""Users log in with their e-mail address. Everything about a person that the
courses need (role, profession, organisation, municipality, language) lives
on the Profile."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from accounts import municipalities
from elearning.text import normalise_email


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email


class Role(models.TextChoices):
    """Who someone is: the one vocabulary for it, in profiles, co-teaching
    teams, cohort leaders and learning paths."""

    PROFESSIONAL = "professional", _("Professional (healthcare staff)")
    USER_REPRESENTATIVE = "user_representative", _("User representative / experienced user")
    RELATIVE = "relative", _("Relative")
    OTHER = "other", _("Other")


# The two roles that teach together (Standard metode): a co-teaching team, a
# cohort's leaders and the learning paths have one of these.
TEACHING_ROLES = (Role.PROFESSIONAL, Role.USER_REPRESENTATIVE)
TEACHING_ROLE_VALUES = [role.value for role in TEACHING_ROLES]


def teaching_role_choices(**labels) -> list[tuple[str, str]]:
    """Choices for a field that holds one of TEACHING_ROLES, with the labels
    that field needs (``PROFESSIONAL=_("…")``); Role's own labels otherwise."""
    return [(role.value, labels.get(role.name, role.label)) for role in TEACHING_ROLES]


class Audience(models.TextChoices):
    """Who a piece of content is for: one of TEACHING_ROLES, or everyone.
    The one place "everyone" exists, with the one set of labels: modules,
    audience sections in a lesson, who leads a part of a co-teaching session."""

    PROFESSIONAL = Role.PROFESSIONAL.value, _("Professionals")
    USER_REPRESENTATIVE = Role.USER_REPRESENTATIVE.value, _("User representatives")
    ALL = "all", _("Both professionals and user representatives")


class HasAudience:
    """What a template asks of anything with an ``audience`` (an Audience
    value, or one of TEACHING_ROLES), so that no template spells a value."""

    audience: str

    @property
    def is_for_professionals(self) -> bool:
        return self.audience == Audience.PROFESSIONAL

    @property
    def is_for_user_representatives(self) -> bool:
        return self.audience == Audience.USER_REPRESENTATIVE


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices, default=Role.PROFESSIONAL)
    profession = models.CharField(
        _("profession"), max_length=120, blank=True, help_text=_("For example nurse, physiotherapist or social worker.")
    )
    # Optional, and used only for statistics: the reports show them for groups of at least
    # REPORTS_MIN_GROUP_SIZE people (insights.suppression), never on a report about one person.
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The hospital, municipal service or association, for example a learning and mastery centre."),
    )
    municipality = models.CharField(
        _("municipality"),
        max_length=4,
        blank=True,
        choices=municipalities.choices,
        help_text=_("The municipality you work in (or live in, if you take part as a user or relative)."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=[r.value for r in Role]), name="accounts_profile_role_valid"
            ),
            # The number's form; which numbers exist is the field's choices (accounts.municipalities).
            models.CheckConstraint(
                condition=models.Q(municipality="") | models.Q(municipality__regex=r"^[0-9]{4}$"),
                name="accounts_profile_municipality_number",
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"

    @property
    def municipality_name(self) -> str:
        return municipalities.municipality_name(self.municipality)

    @property
    def is_user_representative(self) -> bool:
        return self.role == Role.USER_REPRESENTATIVE


class DeletedAccount(models.Model):
    """An anonymous tally of deleted accounts, kept for statistics only:
    no identifier of the person survives the deletion."""

    deleted_on = models.DateField(_("deleted on"), auto_now_add=True)
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)

    class Meta:
        verbose_name = _("deleted account")
        verbose_name_plural = _("deleted accounts")

    def __str__(self):
        return f"{self.deleted_on} ({self.role})"
