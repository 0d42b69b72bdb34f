"""Learner data: registrations, the e-mails sent about them, calendar state,
private calendar feeds and evaluation answers. Relational, never page content."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from elearning.tokens import new_token


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for e-mail confirmation")
    CONFIRMED = "confirmed", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")


ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


class Registration(models.Model):
    """A person's place (or place in the queue) at one session: a user, or a
    guest with e-mail, name and workplace. At most one row per person and
    session; signing up again after cancelling reuses the row."""

    session = models.ForeignKey(
        "theme_sessions.SessionPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("session")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="theme_session_registrations",
        verbose_name=_("user"),
    )
    guest_email = models.EmailField(_("e-mail address"), blank=True)
    guest_name = models.CharField(_("name"), max_length=200, blank=True)
    guest_workplace = models.CharField(_("workplace"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, default=settings.LANGUAGE_CODE)

    status = models.CharField(_("status"), max_length=16, choices=RegistrationStatus.choices)
    # Bumped every time the person signs up again after cancelling, so that
    # each round gets its own confirmation e-mail (see SentNotification).
    round = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    queued_at = models.DateTimeField(_("queued"), help_text=_("Order on the waiting list."))
    confirmed_at = models.DateTimeField(_("seat confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    attended_at = models.DateTimeField(_("attendance recorded"), null=True, blank=True)
    attendance_source = models.CharField(_("attendance source"), max_length=16, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(user__isnull=False),
                name="theme_registration_one_per_user",
            ),
            models.UniqueConstraint(
                "session",
                Lower("guest_email"),
                condition=~models.Q(guest_email=""),
                name="theme_registration_one_per_guest",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, guest_email="")
                | models.Q(user__isnull=True, guest_email__gt="")
                | models.Q(user__isnull=True, guest_email="", anonymised_at__isnull=False),
                name="theme_registration_user_xor_guest",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in RegistrationStatus]),
                name="theme_registration_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "queued_at"], name="theme_reg_queue_idx")]

    def __str__(self):
        return f"{self.display_name} – {self.session_id} ({self.status})"

    @property
    def is_guest(self) -> bool:
        return self.user_id is None and bool(self.guest_email)

    @property
    def email(self) -> str:
        if self.user_id:
            return self.user.email
        return self.guest_email

    @property
    def display_name(self) -> str:
        if self.anonymised_at:
            return str(_("(anonymised)"))
        if self.user_id:
            return self.user.get_full_name() or self.user.email
        return self.guest_name

    @property
    def workplace(self) -> str:
        if self.user_id:
            profile = getattr(self.user, "profile", None)
            return profile.organisation if profile else ""
        return self.guest_workplace

    @property
    def attended(self) -> bool:
        return self.attended_at is not None


class NotificationKind(models.TextChoices):
    GUEST_VERIFY = "guest_verify", _("Confirm your registration (guest)")
    CONFIRMATION = "confirmation", _("Registration confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    PROMOTED = "promoted", _("Moved from the waiting list")
    REMINDER = "reminder", _("Reminder")
    CHANGED = "changed", _("Session changed")
    CANCELLED = "cancelled", _("Session cancelled")
    RECORDING_READY = "recording_ready", _("Recording ready")


class NotificationStatus(models.TextChoices):
    CLAIMED = "claimed", _("Claimed (sending)")
    SENT = "sent", _("Sent")


class SentNotification(models.Model):
    """One row per e-mail we have decided to send. The unique constraint on
    (registration, kind, variant) is what makes each e-mail go out at most
    once: a sender claims the row (INSERT) and commits before it talks to the
    mail server, then marks it sent. ``variant`` is the sign-up round for
    confirmations, the hours before start for reminders and the calendar
    SEQUENCE for change and cancellation notices."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind"), max_length=32, choices=NotificationKind.choices)
    variant = models.PositiveIntegerField(_("variant"), default=0)
    status = models.CharField(_("status"), max_length=16, choices=NotificationStatus.choices)
    claimed_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("sent e-mail")
        verbose_name_plural = _("sent e-mails")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind", "variant"], name="theme_notification_once_per_kind"
            ),
        ]

    def __str__(self):
        return f"{self.kind}/{self.variant} → {self.registration_id} ({self.status})"


class SessionCalendarState(models.Model):
    """The calendar SEQUENCE of a session and the fingerprint of what the
    participants were last told (time, place, cancellation). Kept outside the
    page so that publishing an older revision never turns SEQUENCE back."""

    session = models.OneToOneField(
        "theme_sessions.SessionPage", on_delete=models.CASCADE, primary_key=True, related_name="calendar_state"
    )
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar state")

    def __str__(self):
        return f"{self.session_id}: SEQUENCE {self.sequence}"


class CalendarFeedToken(models.Model):
    """The unguessable key of a user's private calendar feed."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="theme_calendar_token")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar feed key")

    def __str__(self):
        return f"{self.user_id}"


class EvaluationResponse(models.Model):
    """A participant's evaluation of a session. Survives account deletion
    without the link to the person (registration set to NULL, comment cleared)."""

    RATING_CHOICES = [(i, str(i)) for i in range(1, 6)]

    session = models.ForeignKey(
        "theme_sessions.SessionPage", on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("session")
    )
    registration = models.OneToOneField(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="evaluation"
    )
    overall = models.PositiveSmallIntegerField(_("overall rating"), choices=RATING_CHOICES)
    usefulness = models.PositiveSmallIntegerField(_("useful for my work"), choices=RATING_CHOICES)
    best = models.TextField(_("what worked well"), blank=True, max_length=2000)
    improve = models.TextField(_("what could be better"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(overall__gte=1, overall__lte=5), name="theme_eval_overall_1_5"),
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5), name="theme_eval_usefulness_1_5"
            ),
        ]

    def __str__(self):
        return f"{self.session} – {self.overall}/5"
