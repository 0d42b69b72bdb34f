"""The live structure of a course: its modules and lessons (bodies left
out), two queries for any number of courses, cached per structure version
(modules.cache) in the shared cache and in this process's memory."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language

from elearning import content_cache
from modules.cache import BODY_CACHE_SECONDS, structure_version
from modules.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

STEPLEN = 4  # treebeard's path step for Wagtail pages
MISSING = object()


@dataclass
class CourseStructure:
    """A live course with its live modules and lessons (bodies left out)."""

    course: CoursePage
    modules: list[ModulePage]
    lessons: list[LessonPage]


def _modules_and_lessons(courses: list[CoursePage]) -> tuple[list[ModulePage], list[LessonPage]]:
    """Live modules and lessons under the given courses: two queries, whatever their number."""
    if not courses:
        return [], []
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth__gt=course.depth)
    modules = list(
        ModulePage.objects.live()
        .filter(under)
        .only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "audience",
            "available_from",
            "estimated_minutes",
            "translation_key",
            "url_path",
            "locale_id",
        )
        .order_by("path")
    )
    lessons = list(
        LessonPage.objects.live()
        .filter(under)
        .only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "summary",
            "estimated_minutes",
            "completion_rule",
            "translation_key",
            "url_path",
            "locale_id",
        )
        .order_by("path")
    )
    return modules, lessons


def course_structures(*, courses: list[CoursePage] | None = None, paths: list[str] | None = None) -> dict:
    """{course path: CourseStructure or None} for live courses, from the cache
    when it has them (kept fresh by the structure version, modules.cache), otherwise with three
    queries for all the missing ones together."""
    known = {course.path: course for course in courses or []}
    paths = list(dict.fromkeys([*known, *(paths or [])]))
    if not paths:
        return {}
    result = {}
    for path in paths:
        value = content_cache.local_get(("modules:structure", path), MISSING)
        if value is not MISSING:
            result[path] = value
    shared = [path for path in paths if path not in result]
    if not shared:
        return result
    version = structure_version()
    keys = {path: f"modules:structure:{version}:{path}" for path in shared}
    cached = cache.get_many(list(keys.values()))
    for path in shared:
        if keys[path] in cached:
            result[path] = cached[keys[path]]
            content_cache.local_set(("modules:structure", path), result[path])
    missing = [path for path in shared if path not in result]
    if missing:
        fetch = [path for path in missing if path not in known]
        found = {c.path: c for c in CoursePage.objects.live().filter(path__in=fetch)} if fetch else {}
        found.update({path: known[path] for path in missing if path in known and known[path].live})
        modules, lessons = _modules_and_lessons(list(found.values()))
        fresh = {}
        for path in missing:
            course = found.get(path)
            fresh[path] = (
                CourseStructure(
                    course=course,
                    modules=[m for m in modules if m.path.startswith(path)],
                    lessons=[lesson for lesson in lessons if lesson.path.startswith(path)],
                )
                if course
                else None
            )
        cache.set_many({keys[path]: value for path, value in fresh.items()}, BODY_CACHE_SECONDS)
        for path, value in fresh.items():
            content_cache.local_set(("modules:structure", path), value)
        result.update(fresh)
    return result


def course_structure(course: CoursePage) -> CourseStructure | None:
    return course_structures(courses=[course])[course.path]


def course_url(course: CoursePage, request=None) -> str:
    """The course's address as Wagtail gives it for ``request`` (relative on
    the request's own site): a live course's, kept per site and language for
    the content version (a preview's draft is asked afresh)."""
    site = getattr(request, "_wagtail_site", None) if request is not None else None
    if request is not None and (site is None or getattr(request, "is_preview", False)):
        return course.get_url(request=request) or course.url_path
    key = ("modules:course-url", course.pk, site.pk if site else None, get_language())
    return content_cache.local(key, lambda: course.get_url(request=request) or course.url_path)


def catalogue_url(request=None) -> str | None:
    """The course catalogue (the live course index page), in the active
    language where it is translated; None when there is none."""
    index = CourseIndexPage.objects.live().first()
    if index is None:
        return None
    return index.localized.get_url(request=request)


def course_for_page(page) -> CoursePage | None:
    """The live course a module or lesson page belongs to (cached structure)."""
    depth = page.depth - (1 if isinstance(page, ModulePage) else 2)
    path = page.path[: depth * STEPLEN]
    structure = course_structures(paths=[path])[path]
    return structure.course if structure else None
