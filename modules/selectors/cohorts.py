"""Groups (cohorts) for their group leaders: which groups someone leads and
how far each member has come."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from modules.models import Cohort, Enrolment, LessonCompletion
from modules.selectors.progress import audience_from_enrolment, build_progress
from modules.selectors.structure import course_structure


def cohorts_led_by(*, user) -> list[Cohort]:
    if not user.is_authenticated:
        return []
    return list(Cohort.objects.filter(Q(leader=user) | Q(co_leader=user)).select_related("course"))


def cohort_for_leader(*, user, cohort_id: int) -> Cohort | None:
    """The group if ``user`` leads or co-leads it (or is staff), else None."""
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    if cohort is None:
        return None
    if user.is_staff or user.pk in (cohort.leader_id, cohort.co_leader_id):
        return cohort
    return None


@dataclass
class MemberProgress:
    name: str
    email: str
    role: str
    percent: int
    completed_count: int
    total: int
    completed_at: datetime.datetime | None
    last_visited_at: datetime.datetime | None
    modules: list[tuple[str, int]]


def cohort_progress(*, cohort: Cohort) -> list[MemberProgress]:
    """Progress of every member of one group: 4 queries, whatever the group size."""
    course = cohort.course
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort, user__isnull=False)
        .select_related("user__profile")
        .order_by("user__last_name", "user__first_name")
    )
    completions: dict[int, set] = {}
    for user_id, key in LessonCompletion.objects.filter(
        user_id__in=[e.user_id for e in enrolments], course__translation_key=course.translation_key
    ).values_list("user_id", "lesson__translation_key"):
        completions.setdefault(user_id, set()).add(key)
    structure = course_structure(course)
    modules, lessons = (structure.modules, structure.lessons) if structure else ([], [])
    now = timezone.now()
    rows = []
    for enrolment in enrolments:
        audience = audience_from_enrolment(enrolment, enrolment.user)
        progress = build_progress(
            course,
            "",
            modules,
            lessons,
            audience=audience,
            completed_keys=completions.get(enrolment.user_id, set()),
            enrolment=enrolment,
            now=now,
        )
        profile = getattr(enrolment.user, "profile", None)
        rows.append(
            MemberProgress(
                name=enrolment.user.get_full_name() or enrolment.user.email,
                email=enrolment.user.email,
                role=profile.get_role_display() if profile else "",
                percent=progress.percent,
                completed_count=progress.completed_count,
                total=progress.total,
                completed_at=enrolment.completed_at,
                last_visited_at=enrolment.last_visited_at,
                modules=[(m.title, m.percent) for m in progress.modules if m.counts],
            )
        )
    return rows
