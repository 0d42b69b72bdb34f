"""Who takes part in a cohort, their attendance per course day, and the
messages a group leader sends to the group."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from elearning.submit import SubmitOnce, submit_once
from elearning.tokens import new_token


class ParticipantStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Participant(models.Model):
    """A learner in a cohort. Seats are allocated under the cohort row lock
    (cohorts.services): never more confirmed participants than seats."""

    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.CASCADE, related_name="participants", verbose_name=_("cohort")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_participations",
        verbose_name=_("participant"),
    )
    group = models.ForeignKey(
        "cohorts.LocalGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name=_("local group"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ParticipantStatus.choices, default=ParticipantStatus.CONFIRMED
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    waitlisted_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # The private address of the participant's calendar feed (a calendar app has no login).
    calendar_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["cohort_id", "enrolled_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohorts_participant_unique"),
            models.CheckConstraint(
                condition=Q(status__in=ParticipantStatus.values), name="cohorts_participant_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=ParticipantStatus.WAITLISTED) | Q(waitlisted_at__isnull=False),
                name="cohorts_participant_waitlisted_at",
            ),
        ]
        indexes = [models.Index(fields=["cohort", "status"])]

    def __str__(self):
        return f"{self.user} – {self.cohort_id}"

    @property
    def is_confirmed(self) -> bool:
        return self.status == ParticipantStatus.CONFIRMED


class AttendanceSource(models.TextChoices):
    MANUAL = "manual", _("Marked by a leader")
    IMPORT = "import", _("Imported from the meeting tool")


class Attendance(models.Model):
    day = models.ForeignKey("cohorts.CourseDay", on_delete=models.CASCADE, related_name="attendance")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attendance")
    present = models.BooleanField(_("present"), default=False)
    source = models.CharField(
        _("source"), max_length=16, choices=AttendanceSource.choices, default=AttendanceSource.MANUAL
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["day", "participant"], name="cohorts_attendance_unique"),
            models.CheckConstraint(condition=Q(source__in=AttendanceSource.values), name="cohorts_attendance_source"),
        ]

    def __str__(self):
        return f"{self.day_id}/{self.participant_id}: {self.present}"


class GroupMessage(SubmitOnce):
    """A message a leader sent to a local group (or a course leader to the
    whole cohort) by e-mail; the copy is kept as the group's history, which the members and leaders read on the site.
    The form's one-time key (elearning.submit) makes a double submit one message."""

    group = models.ForeignKey(
        "cohorts.LocalGroup", null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    # A course leader's message to the whole cohort: no group, every group's history shows it.
    cohort = models.ForeignKey(
        "cohorts.Cohort", null=True, blank=True, on_delete=models.CASCADE, related_name="cohort_messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=10_000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("group message")
        verbose_name_plural = _("group messages")
        ordering = ["-created_at", "-pk"]
        constraints = [
            submit_once("author", name="cohorts_groupmessage_submit_once"),
            models.CheckConstraint(
                condition=Q(group__isnull=False, cohort__isnull=True) | Q(group__isnull=True, cohort__isnull=False),
                name="cohorts_groupmessage_group_or_cohort",
            ),
        ]

    def __str__(self):
        return self.subject


class GroupMessageRecipient(models.Model):
    """One delivery of a group message: a unique row per (message, user),
    written with the message. The e-mail job claims it with a conditional
    UPDATE (``claimed_at``) before sending and marks it sent after, so two
    jobs, or one run twice, send it once."""

    message = models.ForeignKey(GroupMessage, on_delete=models.CASCADE, related_name="recipients")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "user"], name="cohorts_message_recipient_unique")]

    def __str__(self):
        return f"{self.message_id} → {self.user_id}"


class DayChangeNotice(models.Model):
    """The e-mail about a moved course day, once per (day, sequence, user)."""

    day = models.ForeignKey("cohorts.CourseDay", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sequence = models.PositiveIntegerField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "user", "sequence"], name="cohorts_day_notice_unique")]

    def __str__(self):
        return f"{self.day_id}/{self.sequence} → {self.user_id}"
