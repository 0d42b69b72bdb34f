"""Learning paths: the modules and lessons of a course that matter for one
audience, with the learner's progress."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from elearning import content_cache
from modules.cache import BODY_CACHE_SECONDS, structure_version
from modules.models import Audience, CoursePage, LearningPathPage, LessonPage
from modules.selectors.progress import (
    CourseProgress,
    LessonItem,
    ModuleItem,
    course_progress,
    learner_audience,
    percent,
)


@dataclass
class PathModule:
    item: ModuleItem
    core: bool  # made for the path's audience only (not a module for everyone)
    lessons: list[tuple[LessonItem, bool]]  # (lesson, has a section written for the audience)


@dataclass
class LearningPath:
    page: LearningPathPage
    progress: CourseProgress
    modules: list[PathModule]

    @property
    def lessons(self) -> list[LessonItem]:
        return [lesson for module in self.modules for lesson, _own in module.lessons]

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def completed_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.completed)

    @property
    def percent(self) -> int:
        return percent(self.completed_count, self.total)

    @property
    def next_lesson(self) -> LessonItem | None:
        return next((lesson for lesson in self.lessons if not lesson.completed and not lesson.locked), None)


def lessons_with_audience_sections(*, course: CoursePage, audience: str) -> set[int]:
    """Ids of the course's live lessons that hold a section written only for
    ``audience``: one query over the lesson bodies, cached per structure version."""
    key = f"modules:audience-lessons:{structure_version()}:{course.path}:{audience}"
    found = cache.get(key)
    if found is None:
        bodies = LessonPage.objects.live().filter(path__startswith=course.path).values_list("id", "body")
        found = {
            lesson_id
            for lesson_id, body in bodies
            if any(
                block.get("type") == "audience_section" and (block.get("value") or {}).get("audience") == audience
                for block in body.raw_data
            )
        }
        cache.set(key, found, BODY_CACHE_SECONDS)
    return found


def learning_path(*, path_page: LearningPathPage, user, request=None) -> LearningPath:
    """The path's modules and lessons with the learner's progress: the live
    modules meant for the path's audience (its own modules and the modules for
    everyone), in course order, with the lessons that speak to that audience
    marked. Constant in the size of the course (cached structure)."""
    course = path_page.course
    progress = course_progress(course=course, user=user, request=request)
    own_sections = lessons_with_audience_sections(course=course, audience=path_page.audience)
    modules = [
        PathModule(
            item=module,
            core=module.audience == path_page.audience,
            lessons=[(lesson, lesson.id in own_sections) for lesson in module.lessons],
        )
        for module in progress.modules
        if module.audience in (Audience.ALL, path_page.audience)
    ]
    return LearningPath(page=path_page, progress=progress, modules=modules)


def suggested_path(*, user, request=None) -> LearningPath | None:
    """The live learning path for the signed-in user's role, if there is one
    (which page that is, this process remembers per content version)."""
    if not user.is_authenticated:
        return None
    audience = learner_audience(user)
    page = content_cache.local(
        ("modules:path-for", audience),
        lambda: LearningPathPage.objects.live().filter(audience=audience).select_related("course").first(),
    )
    if page is None or not page.course.live:
        return None
    return learning_path(path_page=page, user=user, request=request)
