"""Co-teaching teams and their shared teaching plan (undervisningsplan).

A team of professionals and user representatives (Standard metode: planned,
taught and evaluated in equal collaboration) owns one teaching plan. The plan's
text lives in PlanSection rows, one per section of the didaktisk
relasjonsmodell and of the evaluation plan (plan → run → evaluate → improve).
Each section carries a version number: a save is a conditional UPDATE on the
version the editor started from, so a concurrent edit is detected instead of
silently overwritten, and every save leaves a PlanSectionRevision.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Length, Lower
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import TEACHING_ROLE_VALUES, Audience, teaching_role_choices
from elearning.locking import Versioned
from elearning.submit import SubmitOnce, submit_once
from elearning.tokens import new_token

SECTION_MAX_LENGTH = 20_000
COMMENT_MAX_LENGTH = 5_000
PART_DESCRIPTION_MAX_LENGTH = 5_000
TITLE_MAX_LENGTH = 200


# A member is one of accounts.models.TEACHING_ROLES; a part is led by an
# accounts.models.Audience: one of them or both together (Audience.ALL).
MEMBER_ROLE_CHOICES = teaching_role_choices(
    PROFESSIONAL=_("Professional"), USER_REPRESENTATIVE=_("User representative")
)


class SectionKey(models.TextChoices):
    """The plan's sections, in reading order. The first seven follow the
    didaktisk relasjonsmodell (with a short summary first); the last four are
    the evaluation plan."""

    SUMMARY = "summary", _("About the course")
    TARGET_GROUP = "target_group", _("Target group and participants' preconditions")
    FRAMEWORK = "framework", _("Framework")
    GOALS = "goals", _("Goals")
    CONTENT = "content", _("Content")
    METHODS = "methods", _("Methods and learning activities")
    EVALUATION = "evaluation", _("Evaluation")
    EVAL_PLAN = "eval_plan", _("Plan")
    EVAL_RUN = "eval_run", _("Run")
    EVAL_EVALUATE = "eval_evaluate", _("Evaluate")
    EVAL_IMPROVE = "eval_improve", _("Improve")


DIDACTIC_KEYS = [
    SectionKey.SUMMARY,
    SectionKey.TARGET_GROUP,
    SectionKey.FRAMEWORK,
    SectionKey.GOALS,
    SectionKey.CONTENT,
    SectionKey.METHODS,
    SectionKey.EVALUATION,
]
EVALUATION_PLAN_KEYS = [
    SectionKey.EVAL_PLAN,
    SectionKey.EVAL_RUN,
    SectionKey.EVAL_EVALUATE,
    SectionKey.EVAL_IMPROVE,
]

SECTION_HELP = {
    SectionKey.SUMMARY: _("A few sentences about the course: who it is for, and who plans and teaches it."),
    SectionKey.TARGET_GROUP: _(
        "Who the participants are, and what they bring: knowledge, experience, health literacy, language, "
        "motivation and needs."
    ),
    SectionKey.FRAMEWORK: _("Time, place, rooms, staff, money, rules and other conditions that shape the course."),
    SectionKey.GOALS: _("What the participants should know, be able to do or have experienced after the course."),
    SectionKey.CONTENT: _("The topics, chosen from the goals and from what the participants want to know."),
    SectionKey.METHODS: _("How you work together: talks, user's story talks, experience sharing, exercises."),
    SectionKey.EVALUATION: _("How you find out whether the goals were reached."),
    SectionKey.EVAL_PLAN: _("What you want to find out, and how you will collect it."),
    SectionKey.EVAL_RUN: _("What you note and collect while the course runs."),
    SectionKey.EVAL_EVALUATE: _("How the planning group goes through what came out of it, together."),
    SectionKey.EVAL_IMPROVE: _("Which changes you make for the next course, and who follows them up."),
}


def _length_at_most(field: str, limit: int):
    return LessThanOrEqual(Length(field), limit)


class Team(SubmitOnce):
    name = models.CharField(_("name"), max_length=TITLE_MAX_LENGTH)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("co-teaching team")
        verbose_name_plural = _("co-teaching teams")
        constraints = [submit_once("created_by", name="coteaching_team_submit_once")]

    def __str__(self):
        return self.name


class Membership(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coteaching_memberships")
    role = models.CharField(_("role in the team"), max_length=32, choices=MEMBER_ROLE_CHOICES)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="coteaching_membership_unique"),
            models.CheckConstraint(
                condition=models.Q(role__in=TEACHING_ROLE_VALUES), name="coteaching_membership_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.team} ({self.get_role_display()})"


class Invitation(SubmitOnce):
    """An e-mailed invitation to join a team. The token is the only key to
    it; it expires, and is used once (accepted_at). One open invitation per
    team and address: inviting again renews it with a new token, unless it is
    the same form sent again (``submit_key``, elearning.submit)."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    role = models.CharField(_("suggested role"), max_length=32, choices=MEMBER_ROLE_CHOICES)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    language = models.CharField(_("language of the e-mail"), max_length=8, default=settings.LANGUAGE_CODE)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                "team",
                Lower("email"),
                condition=models.Q(accepted_at__isnull=True),
                name="coteaching_invitation_one_open_per_email",
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=TEACHING_ROLE_VALUES), name="coteaching_invitation_role_valid"
            ),
            submit_once("team", name="coteaching_invitation_submit_once"),
        ]

    def __str__(self):
        return f"{self.email} → {self.team}"

    def is_expired(self, now=None) -> bool:
        return (now or timezone.now()) >= self.expires_at


class TeachingPlan(models.Model):
    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="plan")
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_as_example = models.BooleanField(_("published as an example"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Set by NK LMH staff: shown first in the examples library.")
    )
    featured_at = models.DateTimeField(_("featured since"), null=True, blank=True)

    class Meta:
        verbose_name = _("teaching plan")
        verbose_name_plural = _("teaching plans")
        permissions = [("feature_example", _("Can feature published teaching plans in the examples library"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(featured=False) | models.Q(published_as_example=True),
                name="coteaching_plan_featured_only_if_published",
            ),
            models.CheckConstraint(
                condition=models.Q(published_as_example=False) | models.Q(published_at__isnull=False),
                name="coteaching_plan_published_has_date",
            ),
        ]

    def __str__(self):
        return self.title


class PlanSection(Versioned):
    plan = models.ForeignKey(TeachingPlan, on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(_("section"), max_length=32, choices=SectionKey.choices)
    text = models.TextField(_("text"), blank=True, validators=[MaxLengthValidator(SECTION_MAX_LENGTH)])
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), null=True, blank=True)

    class Meta:
        verbose_name = _("plan section")
        verbose_name_plural = _("plan sections")
        constraints = [
            models.UniqueConstraint(fields=["plan", "key"], name="coteaching_section_unique"),
            models.CheckConstraint(condition=models.Q(key__in=SectionKey.values), name="coteaching_section_key_valid"),
            models.CheckConstraint(
                condition=_length_at_most("text", SECTION_MAX_LENGTH), name="coteaching_section_text_max_length"
            ),
        ]

    def __str__(self):
        return f"{self.plan} – {self.get_key_display()}"

    @property
    def help_text(self) -> str:
        return SECTION_HELP.get(self.key, "")


class PlanSectionRevision(models.Model):
    """The text of a section as one save left it (version history)."""

    section = models.ForeignKey(PlanSection, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField(_("version"))
    text = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        verbose_name = _("section revision")
        verbose_name_plural = _("section revisions")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["section", "version"], name="coteaching_revision_unique"),
            models.CheckConstraint(
                condition=_length_at_most("text", SECTION_MAX_LENGTH), name="coteaching_revision_text_max_length"
            ),
        ]

    def __str__(self):
        return f"{self.section} v{self.version}"


class PlanSession(Versioned, SubmitOnce):
    """One course day (kursdag) or meeting in the plan's schedule. Any member
    adds one; the form that adds it is sent once per plan (elearning.submit)."""

    plan = models.ForeignKey(TeachingPlan, on_delete=models.CASCADE, related_name="sessions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    date = models.DateField(_("date"), null=True, blank=True)
    start_time = models.TimeField(_("starts at"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("length in minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
        help_text=_("The whole day including breaks. Optional."),
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__isnull=True)
                | models.Q(duration_minutes__gte=1, duration_minutes__lte=24 * 60),
                name="coteaching_session_duration_range",
            ),
            submit_once("plan", name="coteaching_session_submit_once"),
        ]

    def __str__(self):
        return self.title


class SessionPart(Versioned, SubmitOnce):
    """A part of a session, with who leads it. The form that adds it is sent
    once per session (elearning.submit)."""

    session = models.ForeignKey(PlanSession, on_delete=models.CASCADE, related_name="parts")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(1), MaxValueValidator(12 * 60)]
    )
    lead = models.CharField(_("who leads"), max_length=32, choices=Audience.choices, default=Audience.ALL)
    description = models.TextField(
        _("description"), blank=True, validators=[MaxLengthValidator(PART_DESCRIPTION_MAX_LENGTH)]
    )

    class Meta:
        verbose_name = _("session part")
        verbose_name_plural = _("session parts")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(lead__in=Audience.values),
                name="coteaching_part_lead_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(minutes__gte=1, minutes__lte=12 * 60), name="coteaching_part_minutes_range"
            ),
            models.CheckConstraint(
                condition=_length_at_most("description", PART_DESCRIPTION_MAX_LENGTH),
                name="coteaching_part_description_max_length",
            ),
            submit_once("session", name="coteaching_part_submit_once"),
        ]

    def __str__(self):
        return self.title


class PlanComment(SubmitOnce):
    plan = models.ForeignKey(TeachingPlan, on_delete=models.CASCADE, related_name="comments")
    section_key = models.CharField(_("section"), max_length=32, choices=SectionKey.choices, blank=True, default="")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("comment"), validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(section_key="") | models.Q(section_key__in=SectionKey.values),
                name="coteaching_comment_section_valid",
            ),
            models.CheckConstraint(
                condition=_length_at_most("text", COMMENT_MAX_LENGTH), name="coteaching_comment_text_max_length"
            ),
            submit_once("author", name="coteaching_comment_submit_once"),
        ]
        indexes = [models.Index(fields=["plan", "created_at"])]

    def __str__(self):
        return f"{self.plan} – {self.created_at:%Y-%m-%d}"
