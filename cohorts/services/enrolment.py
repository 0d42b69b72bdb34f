"""Enrolment in a cohort and the waiting list. Every change of who holds a
seat happens under the cohort row lock (SELECT … FOR UPDATE on PostgreSQL;
SQLite takes the write lock at BEGIN IMMEDIATE), and seats are given by
``elearning.seats.Seats``, as for theme sessions' registrations: count the
confirmed participants and decide inside the lock, so a cohort is never
overbooked."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cohorts.models import Cohort, LocalGroup, Participant, ParticipantStatus
from elearning import outbox, user_cache
from elearning.errors import Conflict, UserError
from elearning.seats import Seats
from modules import services as course_services
from modules.models import EnrolmentSource

ACTIVE = (ParticipantStatus.CONFIRMED, ParticipantStatus.WAITLISTED)


def lock_cohort(cohort_id: int) -> Cohort:
    """Lock the cohort row for the rest of the transaction."""
    try:
        return Cohort.objects.select_for_update(of=("self",)).select_related("course").get(pk=cohort_id)
    except Cohort.DoesNotExist:
        raise UserError(_("This cohort does not exist."), code="not_found")


def _notify(participant: Participant, kind: str) -> None:
    """One e-mail about the participant's seat, once per (participant, kind, moment)."""
    moment = int((participant.waitlisted_at or participant.enrolled_at or timezone.now()).timestamp())
    outbox.enqueue(
        "cohorts.tasks.send_seat_email",
        participant.pk,
        kind,
        key=f"cohorts.seat:{participant.pk}:{kind}:{moment}",
    )


def _seats(cohort: Cohort) -> Seats:
    participants = Participant.objects.filter(cohort=cohort)
    return Seats(
        capacity=cohort.capacity,
        confirmed=participants.filter(status=ParticipantStatus.CONFIRMED),
        waiting=participants.filter(status=ParticipantStatus.WAITLISTED)
        .select_related("user")
        .order_by("waitlisted_at", "pk"),
    )


def fill_seats(cohort: Cohort) -> list[Participant]:
    """Give free seats to the waiting list, first come first served. The
    caller holds the cohort lock. Each promoted person gets an e-mail."""

    def promote(participant: Participant) -> None:
        participant.status = ParticipantStatus.CONFIRMED
        participant.cancelled_at = None
        participant.save(update_fields=["status", "cancelled_at"])
        course_services.course_enrol(user=participant.user, course=cohort.course, source=EnrolmentSource.COHORT)
        _notify(participant, "promoted")

    return _seats(cohort).fill(promote)


def enrolment_is_open(cohort: Cohort, now: datetime.datetime) -> bool:
    return (
        cohort.published
        and (cohort.enrolment_opens_at is None or cohort.enrolment_opens_at <= now)
        and (cohort.enrolment_closes_at is None or now < cohort.enrolment_closes_at)
        and cohort.starts_on >= timezone.localdate(now)
    )


@transaction.atomic
def participant_enrol(
    *,
    user,
    cohort_id: int,
    group_id: int | None = None,
    by_staff: bool = False,
    now: datetime.datetime | None = None,
) -> tuple[Participant, bool]:
    """Enrol ``user`` in the cohort: a seat if one is free, otherwise the
    waiting list. Learners enrol while the enrolment window is open; staff
    (``by_staff``) at any time. Never overbooks (cohort row lock).
    Idempotent: an active participant gets their row back and False;
    enrolling again after cancelling starts over at the back of the queue."""
    now = now or timezone.now()
    cohort = lock_cohort(cohort_id)
    if not by_staff and not enrolment_is_open(cohort, now):
        raise Conflict(_("Enrolment for this cohort is not open."), code="closed")
    group = None
    if group_id is not None:
        group = LocalGroup.objects.filter(pk=group_id, cohort=cohort).first()
        if group is None:
            raise UserError(_("The group belongs to another cohort."), code="wrong_group", field="group")
    participant = Participant.objects.filter(cohort=cohort, user=user).select_related("user").first()
    if participant is not None and participant.status in ACTIVE:
        if group is not None and participant.group_id is None:
            Participant.objects.filter(pk=participant.pk, group__isnull=True).update(group=group)
            user_cache.bump_shared("cohorts")
            participant.group = group
        return participant, False
    fill_seats(cohort)  # the waiting list keeps its turn
    if participant is None:
        participant = Participant(cohort=cohort, user=user)
    if group is not None:
        participant.group = group
    participant.cancelled_at = None
    if _seats(cohort).free():
        participant.status = ParticipantStatus.CONFIRMED
        participant.waitlisted_at = None
        participant.save()
        course_services.course_enrol(user=user, course=cohort.course, source=EnrolmentSource.COHORT)
        _notify(participant, "confirmed")
    else:
        participant.status = ParticipantStatus.WAITLISTED
        participant.waitlisted_at = now
        participant.save()
        _notify(participant, "waitlisted")
    return participant, True


@transaction.atomic
def participant_cancel(*, user, cohort_id: int) -> bool:
    """ "Meld deg av": give up the seat or the place in the queue; the first
    person waiting gets the seat. Idempotent: False if there was nothing to cancel."""
    cohort = lock_cohort(cohort_id)
    changed = Participant.objects.filter(cohort=cohort, user=user, status__in=ACTIVE).update(
        status=ParticipantStatus.CANCELLED, cancelled_at=timezone.now(), waitlisted_at=None
    )
    if changed:
        user_cache.bump_shared("cohorts")
        fill_seats(cohort)
    return bool(changed)


@transaction.atomic
def participant_set_group(*, participant_id: int, group_id: int | None) -> Participant:
    participant = Participant.objects.select_for_update().get(pk=participant_id)
    if group_id is not None and not LocalGroup.objects.filter(pk=group_id, cohort_id=participant.cohort_id).exists():
        raise UserError(_("The group belongs to another cohort."), code="wrong_group", field="group")
    participant.group_id = group_id
    participant.save(update_fields=["group"])
    return participant


@transaction.atomic
def cohort_capacity_changed(*, cohort_id: int) -> list[Participant]:
    """After staff raise the number of seats: the waiting list gets them."""
    return fill_seats(lock_cohort(cohort_id))
