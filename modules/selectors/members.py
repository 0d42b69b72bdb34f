"""How far each of a set of learners has come in a course: the rows of a
group page (the cohorts app decides who is in the group and who may see it)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from modules.models import CoursePage, Enrolment, LessonCompletion
from modules.selectors.progress import audience_from_enrolment, build_progress
from modules.selectors.structure import course_structure


@dataclass
class MemberProgress:
    user_id: int
    name: str
    email: str
    role: str
    percent: int
    completed_count: int
    total: int
    completed_at: datetime.datetime | None
    last_visited_at: datetime.datetime | None
    modules: list[tuple[str, int]]
    completed_keys: frozenset = frozenset()


def members_progress(*, course: CoursePage, user_ids: list[int]) -> dict[int, MemberProgress]:
    """Progress of each user in ``user_ids`` who is enrolled in ``course``,
    by user id: 4 queries, whatever the number of users."""
    enrolments = list(Enrolment.objects.filter(course=course, user_id__in=user_ids).select_related("user__profile"))
    completions: dict[int, set] = {}
    for user_id, key in LessonCompletion.objects.filter(
        user_id__in=[e.user_id for e in enrolments], course__translation_key=course.translation_key
    ).values_list("user_id", "lesson__translation_key"):
        completions.setdefault(user_id, set()).add(key)
    structure = course_structure(course)
    modules, lessons = (structure.modules, structure.lessons) if structure else ([], [])
    now = timezone.now()
    rows = {}
    for enrolment in enrolments:
        keys = completions.get(enrolment.user_id, set())
        progress = build_progress(
            course,
            "",
            modules,
            lessons,
            audience=audience_from_enrolment(enrolment, enrolment.user),
            completed_keys=keys,
            enrolment=enrolment,
            now=now,
        )
        profile = getattr(enrolment.user, "profile", None)
        rows[enrolment.user_id] = MemberProgress(
            user_id=enrolment.user_id,
            name=enrolment.user.get_full_name() or enrolment.user.email,
            email=enrolment.user.email,
            role=profile.get_role_display() if profile else "",
            percent=progress.percent,
            completed_count=progress.completed_count,
            total=progress.total,
            completed_at=enrolment.completed_at,
            last_visited_at=enrolment.last_visited_at,
            modules=[(m.title, m.percent) for m in progress.modules if m.counts],
            completed_keys=frozenset(keys),
        )
    return rows
