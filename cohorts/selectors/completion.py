"""What a cohort course needs for completion, for modules.services (hook
``course_completion_requirements``): a seat in a cohort of the course,
attendance on at least ``min_days_attended`` days, and whatever the other
cohort apps register for ``cohort_completion_requirements``."""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail import hooks

from cohorts.models import Attendance, Participant, ParticipantStatus
from cohorts.types import Requirement

COHORT_REQUIREMENTS_HOOK = "cohort_completion_requirements"


def course_participant(*, user, course) -> Participant | None:
    """The user's confirmed seat in the latest cohort of ``course``."""
    return (
        Participant.objects.filter(user=user, cohort__course=course, status=ParticipantStatus.CONFIRMED)
        .select_related("cohort__course")
        .order_by("-cohort__starts_on", "-pk")
        .first()
    )


def days_attended(participant: Participant) -> int:
    return Attendance.objects.filter(participant=participant, present=True).count()


def cohort_requirements(*, user, cohort, participant: Participant | None = None) -> list[Requirement]:
    """Attendance and every registered requirement for ``user`` in ``cohort``."""
    participant = participant or Participant.objects.filter(user=user, cohort=cohort).first()
    requirements = [attendance_requirement(cohort, attended=days_attended(participant) if participant else 0)]
    for fn in hooks.get_hooks(COHORT_REQUIREMENTS_HOOK):
        requirements.extend(fn(user=user, cohort=cohort) or [])
    return requirements


def attendance_requirement(cohort, *, attended: int) -> Requirement:
    needed = cohort.course.min_days_attended
    return Requirement(
        key="attendance",
        label=_("Attend at least %(needed)s course days (%(attended)s so far)")
        % {"needed": needed, "attended": attended},
        met=attended >= needed,
    )


def course_requirements(*, user, course) -> list[Requirement]:
    participant = course_participant(user=user, course=course)
    if participant is None:
        return [Requirement(key="cohort", label=_("Take part in a cohort of the course"), met=False)]
    return cohort_requirements(user=user, cohort=participant.cohort, participant=participant)


def certificate_details(*, user, course) -> dict:
    participant = course_participant(user=user, course=course)
    return {"days_attended": days_attended(participant)} if participant else {}
