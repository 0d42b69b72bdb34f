"""A cohort (kull) of a course, its course leaders and its local groups."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from accounts.models import TEACHING_ROLE_VALUES, Role, teaching_role_choices


class Cohort(ClusterableModel):
    """One run of a cohort course: dates, seats, an enrolment window, course
    leaders (a professional and a user representative as equals), course days
    and local groups. Not Versioned: no service edits its fields (staff do, in
    the Wagtail admin), and enrolment takes its seats under the row's lock
    (cohorts.services.enrolment.lock_cohort)."""

    course = models.ForeignKey(
        "modules.CoursePage", on_delete=models.CASCADE, related_name="course_cohorts", verbose_name=_("course")
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("For example “Kull høsten 2026”."))
    slug = models.SlugField(_("short name in addresses"), max_length=80)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    capacity = models.PositiveIntegerField(_("seats"), default=24)
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Learners see a published cohort and can enrol while it is open.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("capacity")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")])],
            heading=_("Enrolment"),
        ),
        InlinePanel("leaders", heading=_("Course leaders"), label=_("course leader")),
        InlinePanel("groups", heading=_("Local groups"), label=_("local group")),
        FieldPanel("published"),
    ]

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["course", "slug"], name="cohorts_cohort_slug_unique"),
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="cohorts_cohort_ends_after_start"),
            models.CheckConstraint(
                condition=Q(enrolment_opens_at__isnull=True)
                | Q(enrolment_closes_at__isnull=True)
                | Q(enrolment_closes_at__gte=F("enrolment_opens_at")),
                name="cohorts_cohort_enrolment_window",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cohorts:cohort", args=[self.pk])


class CohortLeader(models.Model):
    """A course leader (kursleder) of a cohort. The user representative is
    medkursleder: listed beside the professional, as an equal."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="leaders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_leaderships", verbose_name=_("person")
    )
    role = models.CharField(
        _("role"),
        max_length=32,
        choices=teaching_role_choices(USER_REPRESENTATIVE=_("User representative (co-leader)")),
        default=Role.PROFESSIONAL,
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldRowPanel([FieldPanel("user"), FieldPanel("role")])]

    class Meta:
        verbose_name = _("course leader")
        verbose_name_plural = _("course leaders")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohorts_leader_unique"),
            models.CheckConstraint(
                condition=Q(role__in=TEACHING_ROLE_VALUES),
                name="cohorts_leader_role_valid",
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"

    @property
    def is_user_representative(self) -> bool:
        return self.role == Role.USER_REPRESENTATIVE


class LocalGroup(models.Model):
    """A local group (lokalgruppe) in a cohort, with a group leader
    (gruppeleder) and a user representative as co-leader."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("name"), max_length=200)
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_local_groups",
        verbose_name=_("group leader"),
    )
    co_leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="co_led_local_groups",
        verbose_name=_("co-leader (user representative)"),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("leader"), FieldPanel("co_leader")])]

    class Meta:
        verbose_name = _("local group")
        verbose_name_plural = _("local groups")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["cohort", "name"], name="cohorts_group_name_unique")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cohorts:group", args=[self.cohort_id, self.pk])
