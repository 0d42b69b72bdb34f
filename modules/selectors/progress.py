"""Reads: the course structure, a learner's progress, dashboards and reports.

Query counts are constant in the size of the course: the structure of a
course is two queries (its live modules, its live lessons without their
bodies), a learner's state two more (enrolment with profile, completed
lessons). Progress is matched on the pages' translation_key, so it shows in
every language a course is translated into.

Contract for other apps:

    lesson_quiz_accessible(*, user, lesson_id: int, quiz_id: int) -> bool
        True when the lesson holds the quiz and lesson_is_accessible: the
        user is signed in, enrolled in the lesson's course and the lesson is
        not locked (module order, "available from" date). Registered for
        quizzes' "quiz_lesson_access" hook, asked before an attempt starts.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from accounts.selectors import profile_for
from modules.blocks import DYNAMIC_BLOCK_TYPES, BlockAudience
from modules.cache import structure_version
from modules.models import (
    Audience,
    Certificate,
    Cohort,
    CourseEvaluation,
    CoursePage,
    Enrolment,
    LearningPathPage,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ReflectionAnswer,
    audience_for_role,
)

STEPLEN = 4  # treebeard's path step for Wagtail pages
BODY_CACHE_SECONDS = 7 * 24 * 3600


# --- Structure -------------------------------------------------------------


@dataclass
class LessonItem:
    id: int
    title: str
    slug: str
    url: str
    summary: str
    estimated_minutes: int
    completion_rule: str
    translation_key: object
    module: ModuleItem
    completed: bool = False
    locked: bool = False
    number: int = 0

    @property
    def counts(self) -> bool:
        return self.module.counts


@dataclass
class ModuleItem:
    id: int
    title: str
    slug: str
    url: str
    path: str
    audience: str
    available_from: datetime.datetime | None
    estimated_minutes: int
    translation_key: object
    lessons: list[LessonItem] = field(default_factory=list)
    counts: bool = True  # meant for this learner: counts towards completion
    locked: bool = False
    lock_reason: str = ""  # "order" | "date" | ""
    number: int = 0

    @property
    def completed_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.completed)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def completed(self) -> bool:
        return bool(self.lessons) and self.completed_count == self.total

    @property
    def percent(self) -> int:
        return percent(self.completed_count, self.total)

    @property
    def started(self) -> bool:
        return self.completed_count > 0


@dataclass
class CourseProgress:
    course: CoursePage
    url: str
    modules: list[ModuleItem]
    enrolment: Enrolment | None
    audience: str
    total: int = 0
    completed_count: int = 0
    next_lesson: LessonItem | None = None
    resume_lesson: LessonItem | None = None
    certificate: Certificate | None = None

    @property
    def enrolled(self) -> bool:
        return self.enrolment is not None

    @property
    def percent(self) -> int:
        return percent(self.completed_count, self.total)

    @property
    def completed(self) -> bool:
        return self.total > 0 and self.completed_count >= self.total

    @property
    def lessons(self) -> list[LessonItem]:
        return [lesson for module in self.modules for lesson in module.lessons]

    def lesson(self, translation_key) -> LessonItem | None:
        for item in self.lessons:
            if item.translation_key == translation_key:
                return item
        return None

    def module(self, translation_key) -> ModuleItem | None:
        for item in self.modules:
            if item.translation_key == translation_key:
                return item
        return None


def percent(done: int, total: int) -> int:
    if not total:
        return 0
    if done >= total:
        return 100
    return min(99, int(done * 100 / total))


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
    version = structure_version()
    keys = {path: f"modules:structure:{version}:{path}" for path in paths}
    cached = cache.get_many(list(keys.values()))
    result = {path: cached[keys[path]] for path in paths if keys[path] in cached}
    missing = [path for path in paths if path not in result]
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
        result.update(fresh)
    return result


def course_structure(course: CoursePage) -> CourseStructure | None:
    return course_structures(courses=[course])[course.path]


def _build(
    course: CoursePage,
    course_url: str,
    modules: list[ModulePage],
    lessons: list[LessonPage],
    *,
    audience: str,
    completed_keys: set,
    enrolment: Enrolment | None,
    now: datetime.datetime,
) -> CourseProgress:
    module_items: dict[str, ModuleItem] = {}
    for number, module in enumerate((m for m in modules if m.path.startswith(course.path)), start=1):
        module_items[module.path] = ModuleItem(
            id=module.id,
            title=module.title,
            slug=module.slug,
            url=f"{course_url}{module.slug}/",
            path=module.path,
            audience=module.audience,
            available_from=module.available_from,
            estimated_minutes=module.estimated_minutes,
            translation_key=module.translation_key,
            counts=module.audience in (Audience.ALL, audience),
            number=number,
        )
    for lesson in lessons:
        module_item = module_items.get(lesson.path[:-STEPLEN])
        if module_item is None:
            continue
        module_item.lessons.append(
            LessonItem(
                id=lesson.id,
                title=lesson.title,
                slug=lesson.slug,
                url=f"{module_item.url}{lesson.slug}/",
                summary=lesson.summary,
                estimated_minutes=lesson.estimated_minutes,
                completion_rule=lesson.completion_rule,
                translation_key=lesson.translation_key,
                module=module_item,
                completed=lesson.translation_key in completed_keys,
                number=len(module_item.lessons) + 1,
            )
        )
    progress = CourseProgress(
        course=course, url=course_url, modules=list(module_items.values()), enrolment=enrolment, audience=audience
    )
    _apply_locks(progress, now=now)
    counted = [lesson for module in progress.modules if module.counts for lesson in module.lessons]
    progress.total = len(counted)
    progress.completed_count = sum(1 for lesson in counted if lesson.completed)
    progress.next_lesson = next((lesson for lesson in counted if not lesson.completed and not lesson.locked), None)
    progress.resume_lesson = progress.next_lesson
    if enrolment is not None and enrolment.last_lesson_id:
        last = next((lesson for lesson in progress.lessons if lesson.id == enrolment.last_lesson_id), None)
        if last is not None and not last.completed and not last.locked:
            progress.resume_lesson = last
    return progress


def _apply_locks(progress: CourseProgress, *, now: datetime.datetime) -> None:
    """A module is locked while its "available from" date is in the future,
    and, if the course locks modules in order, until every earlier module
    meant for the learner is complete. Lessons share their module's lock."""
    previous_complete = True
    for module in progress.modules:
        if module.available_from and module.available_from > now:
            module.locked, module.lock_reason = True, "date"
        elif progress.course.lock_modules_in_order and module.counts and not previous_complete:
            module.locked, module.lock_reason = True, "order"
        if module.counts:
            previous_complete = previous_complete and module.completed
        for lesson in module.lessons:
            lesson.locked = module.locked


def course_url(course: CoursePage, request=None) -> str:
    return course.get_url(request=request) or course.url_path


# --- The learner -------------------------------------------------------------


def learner_audience(user) -> str:
    """The module audience for a signed-in user (see audience_for_role)."""
    if not user.is_authenticated:
        return Audience.ALL
    profile = profile_for(user=user)
    return audience_for_role(profile.role if profile else None)


def _enrolment(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    certificates = Certificate.objects.filter(user=OuterRef("user"), course=OuterRef("course"))
    return (
        Enrolment.objects.select_related("user__profile")
        .filter(user=user, course__translation_key=course.translation_key)
        .annotate(
            certificate_pk=Subquery(certificates.values("pk")[:1]),
            certificate_status=Subquery(certificates.values("status")[:1]),
            certificate_file=Subquery(certificates.values("file")[:1]),
            evaluated=Exists(CourseEvaluation.objects.filter(user=OuterRef("user"), course=OuterRef("course"))),
        )
        .first()
    )


def _audience_from_enrolment(enrolment: Enrolment | None, user) -> str:
    if enrolment is None:
        return learner_audience(user)
    try:
        role = enrolment.user.profile.role
    except Exception:  # no profile row (e.g. createsuperuser)
        role = None
    return audience_for_role(role)


def _completed_keys(user, course: CoursePage) -> set:
    return set(
        LessonCompletion.objects.filter(user=user, course__translation_key=course.translation_key).values_list(
            "lesson__translation_key", flat=True
        )
    )


def course_progress(*, course: CoursePage, user, request=None, now=None) -> CourseProgress:
    """The course's live structure with the learner's state: about 4 queries."""
    enrolment = _enrolment(user, course)
    audience = _audience_from_enrolment(enrolment, user)
    completed = _completed_keys(user, course) if enrolment is not None else set()
    structure = course_structure(course)
    return _build(
        course,
        course_url(course, request),
        structure.modules if structure else [],
        structure.lessons if structure else [],
        audience=audience,
        completed_keys=completed,
        enrolment=enrolment,
        now=now or timezone.now(),
    )


def course_for_page(page) -> CoursePage | None:
    """The live course a module or lesson page belongs to (cached structure)."""
    depth = page.depth - (1 if isinstance(page, ModulePage) else 2)
    path = page.path[: depth * STEPLEN]
    structure = course_structures(paths=[path])[path]
    return structure.course if structure else None


def course_listing(*, index_page, user) -> list[CourseProgress]:
    courses = list(CoursePage.objects.live().child_of(index_page).order_by("path"))
    return _progress_for_courses(courses, user=user)


def _progress_for_courses(courses: list[CoursePage], *, user, enrolments=None, request=None) -> list[CourseProgress]:
    if not courses:
        return []
    if enrolments is None:
        enrolments = {}
        if user.is_authenticated:
            keys = [c.translation_key for c in courses]
            for enrolment in Enrolment.objects.filter(user=user, course__translation_key__in=keys).select_related(
                "course", "user__profile"
            ):
                enrolments[enrolment.course.translation_key] = enrolment
    # The enrolment query brought the profile along; without one, ask for it.
    first = next(iter(enrolments.values()), None)
    audience = _audience_from_enrolment(first, user)
    completed: set = set()
    if enrolments:
        completed = set(
            LessonCompletion.objects.filter(user=user, course__translation_key__in=list(enrolments.keys())).values_list(
                "lesson__translation_key", flat=True
            )
        )
    structures = course_structures(courses=courses)
    now = timezone.now()
    return [
        _build(
            course,
            course_url(course, request),
            structures[course.path].modules if structures.get(course.path) else [],
            structures[course.path].lessons if structures.get(course.path) else [],
            audience=audience,
            completed_keys=completed,
            enrolment=enrolments.get(course.translation_key),
            now=now,
        )
        for course in courses
    ]


# --- Page contexts -------------------------------------------------------------


def course_page_context(*, course: CoursePage, user) -> dict:
    progress = course_progress(course=course, user=user)
    # The parent's URL without fetching the parent: courses sit right below the index.
    context = {"progress": progress, "index_url": progress.url[: -len(course.slug) - 1]}
    if progress.enrolled and progress.completed:
        context["certificate"] = Certificate.objects.filter(
            user=user, course__translation_key=course.translation_key
        ).first()
        if course.evaluation_enabled:
            context["evaluation_given"] = CourseEvaluation.objects.filter(
                user=user, course__translation_key=course.translation_key
            ).exists()
    return context


def module_page_context(*, module: ModulePage, user) -> dict:
    course = course_for_page(module)
    if course is None:
        return {}
    progress = course_progress(course=course, user=user)
    return {"course": course, "progress": progress, "module_item": progress.module(module.translation_key)}


@dataclass
class LessonState:
    course: CoursePage
    progress: CourseProgress
    module_item: ModuleItem | None
    lesson_item: LessonItem | None

    @property
    def enrolled(self) -> bool:
        return self.progress.enrolled

    @property
    def locked(self) -> bool:
        return bool(self.lesson_item and self.lesson_item.locked)

    @property
    def completed(self) -> bool:
        return bool(self.lesson_item and self.lesson_item.completed)

    @property
    def previous_lesson(self) -> LessonItem | None:
        return self._neighbour(-1)

    @property
    def next_lesson(self) -> LessonItem | None:
        return self._neighbour(1)

    def _neighbour(self, step: int) -> LessonItem | None:
        if self.lesson_item is None:
            return None
        lessons = self.progress.lessons
        index = lessons.index(self.lesson_item) + step
        return lessons[index] if 0 <= index < len(lessons) else None


def lesson_page_state(*, lesson: LessonPage, user, request=None) -> LessonState | None:
    course = course_for_page(lesson)
    if course is None:
        return None
    progress = course_progress(course=course, user=user, request=request)
    lesson_item = progress.lesson(lesson.translation_key)
    module_item = lesson_item.module if lesson_item else None
    return LessonState(course=course, progress=progress, module_item=module_item, lesson_item=lesson_item)


def lesson_is_accessible(*, user, lesson_id: int) -> bool:
    """Contract (used by quizzes): True when ``user`` is signed in, enrolled in
    the course of lesson ``lesson_id`` (any locale) and the lesson is live and
    not locked. Never raises for unknown ids: returns False."""
    if not getattr(user, "is_authenticated", False):
        return False
    lesson = LessonPage.objects.live().filter(pk=lesson_id).only("id", "path", "depth", "translation_key").first()
    if lesson is None:
        return False
    state = lesson_page_state(lesson=lesson, user=user)
    return bool(state and state.enrolled and state.lesson_item and not state.locked)


def lesson_quiz_accessible(*, user, lesson_id: int, quiz_id: int) -> bool:
    """Contract (quizzes' ``quiz_lesson_access`` hook): True when lesson
    ``lesson_id`` is live, holds quiz ``quiz_id`` and is accessible to
    ``user`` (lesson_is_accessible)."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).only("id", "body").first()
    if lesson is None or quiz_id not in lesson.quiz_ids():
        return False
    return lesson_is_accessible(user=user, lesson_id=lesson_id)


# --- Lesson body --------------------------------------------------------------


@dataclass
class BodyPart:
    html: str = ""
    block: object = None
    block_type: str = ""


def section_visible(section_audience: str, audience: str) -> bool:
    """Audience sections: "both" for everyone; otherwise for the matching
    learners. Audience.ALL (not signed in, previews) sees every section."""
    if section_audience == BlockAudience.BOTH or audience == Audience.ALL:
        return True
    return section_audience == audience


def lesson_body_parts(*, lesson: LessonPage, audience: str, preview: bool = False) -> list[BodyPart]:
    """The lesson body as rendered HTML for the blocks every learner sees
    alike, cached per live revision, language and audience, plus placeholders
    for the blocks rendered per request (DYNAMIC_BLOCK_TYPES). The HTML is
    rendered without any learner's data in its context."""
    key = f"modules:lesson-body:{lesson.pk}:{lesson.live_revision_id}:{get_language()}:{audience}"
    cacheable = not preview and lesson.live_revision_id
    cached = cache.get(key) if cacheable else None
    if cached is None:
        cached = []
        buffer: list[str] = []
        for index, block in enumerate(lesson.body):
            if block.block_type in DYNAMIC_BLOCK_TYPES:
                if buffer:
                    cached.append(("html", "".join(buffer)))
                    buffer = []
                cached.append((block.block_type, index))
                continue
            if block.block_type == "audience_section" and not section_visible(block.value["audience"], audience):
                continue
            buffer.append(block.render(context={"page": lesson, "audience": audience, "LANGUAGE_CODE": get_language()}))
        if buffer:
            cached.append(("html", "".join(buffer)))
        if cacheable:
            cache.set(key, cached, BODY_CACHE_SECONDS)
    parts = []
    for kind, value in cached:
        if kind == "html":
            parts.append(BodyPart(html=mark_safe(value)))  # noqa: S308 (rendered by our block templates)
        else:
            parts.append(BodyPart(block=lesson.body[value], block_type=kind))
    return parts


def lesson_page_context(*, lesson: LessonPage, request, reflection_input: dict | None = None) -> dict:
    preview = getattr(request, "is_preview", False)
    state = getattr(request, "lesson_state", None)
    if state is None and not preview:
        state = lesson_page_state(lesson=lesson, user=request.user, request=request)
    audience = state.progress.audience if state else Audience.ALL
    parts = lesson_body_parts(lesson=lesson, audience=audience, preview=preview)
    answers = {}
    if state and state.enrolled and any(p.block_type == "reflection" for p in parts):
        answers = {
            a.key: a
            for a in ReflectionAnswer.objects.filter(
                user=request.user, lesson__translation_key=lesson.translation_key
            ).only("key", "text", "updated_at")
        }
    reflection_input = reflection_input or {}
    for part in parts:
        if part.block_type == "reflection":
            task_key = part.block.value["key"]
            answer = answers.get(task_key)
            submitted = reflection_input.get(task_key)
            part.reflection = {
                "key": task_key,
                "prompt": part.block.value["prompt"],
                "answer": answer,
                "text": submitted["text"] if submitted else (answer.text if answer else ""),
                "error": submitted.get("error", "") if submitted else "",
                "saved": bool(submitted and submitted.get("saved")),
                "lesson_id": lesson.pk,
                "enabled": bool(state and state.enrolled),
            }
    return {
        "state": state,
        "progress": state.progress if state else None,
        "body_parts": parts,
        "embed_consent": bool(request.session.get(EMBED_CONSENT_SESSION_KEY)) if hasattr(request, "session") else False,
    }


EMBED_CONSENT_SESSION_KEY = "modules_embed_consent"


# --- Learning paths ------------------------------------------------------------


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
    """The live learning path for the signed-in user's role, if there is one."""
    if not user.is_authenticated:
        return None
    audience = learner_audience(user)
    page = LearningPathPage.objects.live().filter(audience=audience).select_related("course").first()
    if page is None or not page.course.live:
        return None
    return learning_path(path_page=page, user=user, request=request)


# --- Dashboard, groups, certificates -----------------------------------------------


def dashboard(*, user, request=None) -> list[CourseProgress]:
    """Every enrolment of the user with its progress, next step and certificate: 6 queries."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "user__profile")
        .order_by("-last_visited_at", "-enrolled_at")
    )
    by_key = {e.course.translation_key: e for e in enrolments}
    courses = [e.course for e in enrolments]
    items = _progress_for_courses(courses, user=user, enrolments=by_key, request=request)
    certificates = {c.course_id: c for c in Certificate.objects.filter(user=user, course__in=courses)}
    for item in items:
        item.certificate = certificates.get(item.course.pk)
    return items


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
        audience = _audience_from_enrolment(enrolment, enrolment.user)
        progress = _build(
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


def certificate_for_owner(*, user, certificate_id: int) -> Certificate | None:
    return Certificate.objects.filter(pk=certificate_id, user=user).first()


def certificate_by_code(*, code: str) -> Certificate | None:
    code = "".join(ch for ch in (code or "").upper() if ch.isalnum())[:32]
    if not code:
        return None
    return Certificate.objects.filter(code=code).first()
