"""Enrolments and lesson completions: each learner is enrolled in a live
course and has completed its first lessons, as many as their number gives
(on average size.completions / size.learners). Completing every counted
lesson also sets the enrolment's completed_at, as the services do."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from demo.loadgen.common import BATCH, spread
from modules import selectors
from modules.models import CompletionRule, CoursePage, Enrolment, EnrolmentSource, LessonCompletion

SOURCE = {CompletionRule.OPENED: "opened", CompletionRule.MARKED: "marked"}


def courses() -> list[CoursePage]:
    """The live courses in the default language, with their live lessons in course order."""
    found = list(CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path"))
    result = []
    for course in found:
        structure = selectors.course_structure(course)
        if structure and structure.lessons:
            result.append((course, structure.lessons))
    return result


def lessons_done(index: int, size, total: int) -> int:
    return min(total, round(2 * size.per_learner(size.completions) * spread(index, 1)))


def generate(*, size, learners, stdout) -> dict:
    available = courses()
    if not available:
        stdout.write("Load data: no live course (load the demo first); no progress made.")
        return {"enrolments": 0, "completions": 0}
    now = timezone.now()
    enrolments, completions = [], []
    for user in learners:
        course, lessons = available[user.load_index % len(available)]
        done = lessons_done(user.load_index, size, len(lessons))
        visited = now - datetime.timedelta(days=int(90 * spread(user.load_index, 2)))
        enrolments.append(
            Enrolment(
                user=user,
                course=course,
                source=EnrolmentSource.SELF if user.load_index % 3 else EnrolmentSource.INVITATION,
                completed_at=visited if done == len(lessons) else None,
                last_lesson_id=lessons[done - 1].id if done else None,
                last_visited_at=visited if done else None,
            )
        )
        for lesson in lessons[:done]:
            completions.append(
                LessonCompletion(
                    user=user, lesson_id=lesson.id, course=course, source=SOURCE.get(lesson.completion_rule, "marked")
                )
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=BATCH, ignore_conflicts=True)
    LessonCompletion.objects.bulk_create(completions, batch_size=BATCH, ignore_conflicts=True)
    stdout.write(f"Load data: {len(enrolments)} enrolments, {len(completions)} lesson completions.")
    return {"enrolments": len(enrolments), "completions": len(completions)}
