"""Who is what in a cohort. The other cohort apps (assignments, evaluations)
ask these before they show anything: someone who is not in a cohort or
group gets None/False, and the view answers 404."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from cohorts.models import Cohort, CohortLeader, LocalGroup, Participant, ParticipantStatus

# A cohort stays on the learner's dashboard this long after its last day.
CURRENT_AFTER_END = datetime.timedelta(days=90)


def _signed_in(user) -> bool:
    return user is not None and user.is_authenticated


def is_cohort_leader(user, cohort: Cohort) -> bool:
    """A course leader of ``cohort`` (either role), or staff who may edit
    cohorts. One query for a leader; none for staff."""
    if not _signed_in(user):
        return False
    if user.is_superuser or user.has_perm("cohorts.change_cohort"):
        return True
    return CohortLeader.objects.filter(cohort=cohort, user=user).exists()


def participant(user, cohort: Cohort) -> Participant | None:
    """The user's participant row in ``cohort`` (any status), or None."""
    if not _signed_in(user):
        return None
    return Participant.objects.filter(cohort=cohort, user=user).select_related("group").first()


def cohort_for_participant(user, cohort_id: int) -> Cohort | None:
    """The published cohort if ``user`` is a confirmed participant in it, else None."""
    if not _signed_in(user):
        return None
    return (
        Cohort.objects.select_related("course")
        .filter(
            pk=cohort_id,
            published=True,
            participants__user=user,
            participants__status=ParticipantStatus.CONFIRMED,
        )
        .first()
    )


def led_groups(user) -> QuerySet[LocalGroup]:
    """The local groups ``user`` leads or co-leads."""
    if not _signed_in(user):
        return LocalGroup.objects.none()
    return LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user)).select_related("cohort__course")


def can_lead_group(user, group: LocalGroup) -> bool:
    """The group's leader or co-leader, or a course leader of its cohort."""
    if not _signed_in(user):
        return False
    if user.pk in (group.leader_id, group.co_leader_id):
        return True
    return is_cohort_leader(user, group.cohort)


def current_cohorts(user, *, today: datetime.date | None = None) -> QuerySet[Cohort]:
    """Published cohorts the user takes part in (confirmed or on the waiting
    list) that have not ended more than three months ago, first first."""
    if not _signed_in(user):
        return Cohort.objects.none()
    today = today or timezone.localdate()
    return (
        Cohort.objects.select_related("course")
        .filter(
            published=True,
            ends_on__gte=today - CURRENT_AFTER_END,
            participants__user=user,
            participants__status__in=[ParticipantStatus.CONFIRMED, ParticipantStatus.WAITLISTED],
        )
        .order_by("starts_on", "pk")
    )


def led_cohorts(user) -> QuerySet[Cohort]:
    """Cohorts where ``user`` is a course leader."""
    if not _signed_in(user):
        return Cohort.objects.none()
    return Cohort.objects.select_related("course").filter(leaders__user=user).order_by("starts_on", "pk")


@dataclass
class DashboardCohorts:
    taking: list[Cohort] = field(default_factory=list)
    leading: list[Cohort] = field(default_factory=list)
    groups: list[LocalGroup] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.taking or self.leading or self.groups)


def dashboard_cohorts(user, *, today: datetime.date | None = None) -> DashboardCohorts:
    """The cohorts on "Mine kurs": those the user takes part in (as
    current_cohorts), those they lead as course leader, and the groups they
    lead; each cohort carries its course's title as ``course_title`` (the
    course itself is not loaded). One query, and a second only for someone
    who leads a group."""
    found = DashboardCohorts()
    if not _signed_in(user):
        return found
    today = today or timezone.localdate()
    taking = Participant.objects.filter(
        cohort=OuterRef("pk"),
        user=user,
        status__in=[ParticipantStatus.CONFIRMED, ParticipantStatus.WAITLISTED],
    )
    leading = CohortLeader.objects.filter(cohort=OuterRef("pk"), user=user)
    grouped = LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort=OuterRef("pk"))
    # Only the course's title is shown: not the whole page row.
    cohorts = list(
        Cohort.objects.annotate(
            course_title=F("course__title"),
            is_taking=Exists(taking),
            is_leading=Exists(leading),
            leads_group=Exists(grouped),
        )
        .filter(
            Q(is_taking=True, published=True, ends_on__gte=today - CURRENT_AFTER_END)
            | Q(is_leading=True)
            | Q(leads_group=True)
        )
        .order_by("starts_on", "pk")
    )
    found.taking = [c for c in cohorts if c.is_taking and c.published and c.ends_on >= today - CURRENT_AFTER_END]
    found.leading = [c for c in cohorts if c.is_leading]
    by_id = {c.pk: c for c in cohorts if c.leads_group}
    if by_id:
        found.groups = list(
            LocalGroup.objects.filter(Q(leader=user) | Q(co_leader=user), cohort_id__in=by_id).order_by("name")
        )
        for group in found.groups:
            group.cohort = by_id[group.cohort_id]
        found.groups.sort(key=lambda g: (g.cohort.starts_on, g.name))
    return found
