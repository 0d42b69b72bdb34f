"""A learner's progress through a course: the structure with their
enrolment, completions and locks, for the course, module and lesson pages,
the course listing and the dashboard. The structure and the learner's
enrolments and completions are cached (structure.py, learner.py), so a
page usually asks the database nothing for them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from accounts.models import HasAudience
from accounts.selectors import profile_for
from elearning import content_cache
from modules.models import (
    Audience,
    Certificate,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    audience_for_role,
)
from modules.selectors.learner import learner_record
from modules.selectors.structure import STEPLEN, course_for_page, course_structure, course_structures, course_url


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
class ModuleItem(HasAudience):
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


def build_progress(
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
    """The learner's progress from a course's structure and the translation
    keys of the lessons they completed; no queries."""
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


def learner_audience(user) -> str:
    """The module audience for a signed-in user (see audience_for_role)."""
    if not user.is_authenticated:
        return Audience.ALL
    profile = profile_for(user=user)
    return audience_for_role(profile.role if profile else None)


def audience_from_enrolment(enrolment: Enrolment | None, user) -> str:
    """The learner's module audience from the profile the enrolment query
    brought along; without an enrolment, one query for the profile."""
    if enrolment is None:
        return learner_audience(user)
    try:
        role = enrolment.user.profile.role
    except Exception:  # no profile row (e.g. createsuperuser)
        role = None
    return audience_for_role(role)


def course_progress(*, course: CoursePage, user, request=None, now=None, record=None) -> CourseProgress:
    """The course's live structure with the learner's state: no queries
    while the structure (modules.selectors.structure) and the learner's
    record (modules.selectors.learner) are cached, five when neither is."""
    record = record or learner_record(user)
    enrolment = record.enrolments.get(course.translation_key)
    structure = course_structure(course)
    return build_progress(
        course,
        course_url(course, request),
        structure.modules if structure else [],
        structure.lessons if structure else [],
        audience=learner_audience(user),
        completed_keys=record.completed if enrolment is not None else frozenset(),
        enrolment=enrolment,
        now=now or timezone.now(),
    )


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
    audience = audience_from_enrolment(first, user)
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
        build_progress(
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


def course_page_context(*, course: CoursePage, user) -> dict:
    record = learner_record(user)
    progress = course_progress(course=course, user=user, record=record)
    # The parent's URL without fetching the parent: courses sit right below the index.
    context = {"progress": progress, "index_url": progress.url[: -len(course.slug) - 1]}
    # A learner who completed the course keeps the certificate when lessons are
    # added later (README: "When a course grows"), so an enrolled learner's
    # certificate is looked up whatever the progress says today.
    if progress.enrolled:
        context["certificate"] = record.certificates.get(course.translation_key)
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


class AnonymousAccess:
    """What the lesson gate decides for a visitor who is not signed in."""

    MISSING = "missing"  # not in a live course: 404
    LOGIN = "login"  # the course is not open for reading: log in first
    LOCKED = "locked"  # the lesson's module has not opened
    OPEN = "open"


def anonymous_lesson_access(*, lesson: LessonPage) -> str:
    """An AnonymousAccess: the same for every visitor who is not signed in
    (no enrolment, no progress), so kept in this process per content version
    (elearning.content_cache). Time only opens modules, and the gate reads a
    locked lesson's state afresh, so an answer kept holds until the content
    changes."""

    def access() -> str:
        state = lesson_page_state(lesson=lesson, user=AnonymousUser())
        if state is None:
            return AnonymousAccess.MISSING
        if not getattr(state.course, "open_reading", False):
            return AnonymousAccess.LOGIN
        return AnonymousAccess.LOCKED if state.locked else AnonymousAccess.OPEN

    return content_cache.local(("modules:anonymous-access", lesson.pk), access)


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


def lesson_quiz_time_limits(*, lesson_id: int, quiz_id: int) -> bool:
    """Contract (quizzes' ``quiz_time_limits`` hook): False when the course
    holding lesson ``lesson_id`` has turned quiz time limits off. One query."""
    lesson = LessonPage.objects.filter(pk=lesson_id).only("path", "depth").first()
    if lesson is None:
        return True
    course_path = lesson.path[: (lesson.depth - 2) * STEPLEN]
    limits = CoursePage.objects.filter(path=course_path).values_list("quiz_time_limits", flat=True).first()
    return limits is not False


def dashboard(*, user, request=None) -> list[CourseProgress]:
    """Every enrolment of the user with its progress, next step and
    certificate, the course visited last first: two queries (the courses,
    the certificates) while the learner's record (modules.selectors.learner)
    and the structures are cached."""
    record = learner_record(user)
    enrolments = sorted(
        record.enrolments.values(), key=lambda e: (e.last_visited_at is not None, e.last_visited_at, e.enrolled_at)
    )[::-1]
    by_id = {course.pk: course for course in CoursePage.objects.filter(pk__in=[e.course_id for e in enrolments])}
    courses = [by_id[e.course_id] for e in enrolments if e.course_id in by_id]
    structures = course_structures(courses=courses)
    audience = learner_audience(user)
    certificates = {c.course_id: c for c in Certificate.objects.filter(user=user, course__in=courses)}
    now = timezone.now()
    items = []
    for course in courses:
        structure = structures.get(course.path)
        item = build_progress(
            course,
            course_url(course, request),
            structure.modules if structure else [],
            structure.lessons if structure else [],
            audience=audience,
            completed_keys=record.completed,
            enrolment=record.enrolments.get(course.translation_key),
            now=now,
        )
        item.certificate = certificates.get(course.pk)
        items.append(item)
    return items
