"""How far each of a set of learners has come in a course: the rows of a
group page, their quiz results and the reflections they shared with their
leaders (the cohorts app decides who is in the group and who may see it)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.utils import timezone

from accounts.models import Profile
from elearning import content_cache
from modules.models import (
    Audience,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ReflectionAnswer,
    audience_for_role,
)
from modules.selectors.progress import audience_from_enrolment, build_progress
from modules.selectors.structure import STEPLEN, course_structure
from quizzes.models import Attempt, Quiz


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


@dataclass(frozen=True)
class QuizResult:
    """A learner's best submitted attempt at one of the course's quizzes."""

    quiz_id: int
    title: str
    best_score: float | None
    passed: bool
    attempts: int


@dataclass(frozen=True)
class MemberQuizzes:
    """The course's quizzes meant for one learner (those in the modules for
    their audience and for everyone), in lesson order, with their best result
    per quiz among those."""

    quizzes: list[tuple[int, str]]
    results: dict[int, QuizResult]

    @property
    def passed(self) -> int:
        return sum(1 for result in self.results.values() if result.passed)

    @property
    def total(self) -> int:
        return len(self.quizzes)


def _course_quizzes(course: CoursePage) -> list[tuple[int, str, frozenset]]:
    """(quiz id, title, audiences of the modules that hold it) of the quizzes
    in the course's live lessons, in lesson order: one query for the titles;
    which quizzes the lessons hold is read from their bodies once per content
    version in this process."""
    found = content_cache.local(("modules:course-quizzes", course.pk), lambda: _lesson_quizzes(course))
    titles = dict(Quiz.objects.filter(pk__in=[qid for qid, _audiences in found]).values_list("pk", "title"))
    return [(qid, titles[qid], audiences) for qid, audiences in found if qid in titles]


def _lesson_quizzes(course: CoursePage) -> tuple[tuple[int, frozenset], ...]:
    structure = course_structure(course)
    if structure is None:
        return ()
    module_audience = {module.path: module.audience for module in structure.modules}
    lesson_audience = {lesson.pk: module_audience.get(lesson.path[:-STEPLEN]) for lesson in structure.lessons}
    bodies = {lesson.pk: lesson for lesson in LessonPage.objects.filter(pk__in=lesson_audience).only("id", "body")}
    audiences: dict[int, set] = {}
    for pk, audience in lesson_audience.items():
        if pk in bodies and audience is not None:
            for qid in bodies[pk].quiz_ids():
                audiences.setdefault(qid, set()).add(audience)
    return tuple((qid, frozenset(found)) for qid, found in audiences.items())


def members_quiz_results(*, course: CoursePage, user_ids: list[int]) -> dict[int, MemberQuizzes]:
    """For each user in ``user_ids``, the course's quizzes meant for them (by
    the audience of their role, as their course progress counts modules) and
    their best result per quiz among those. Only submitted attempts count; a
    quiz never tried is missing from ``results``. Three queries, whatever the
    number of users, quizzes or attempts (one when the course has none)."""
    quizzes = _course_quizzes(course)
    if not quizzes:
        return {user_id: MemberQuizzes(quizzes=[], results={}) for user_id in user_ids}
    roles = dict(Profile.objects.filter(user_id__in=user_ids).values_list("user_id", "role"))
    meant = {
        audience: [(qid, title) for qid, title, audiences in quizzes if audiences & {Audience.ALL, audience}]
        for audience in {audience_for_role(roles.get(user_id)) for user_id in user_ids}
    }
    titles = {qid: title for qid, title, _audiences in quizzes}
    found: dict[int, dict[int, QuizResult]] = {}
    rows = (
        Attempt.objects.filter(user_id__in=user_ids, quiz_id__in=titles, submitted_at__isnull=False)
        .values("user_id", "quiz_id")
        .annotate(best=Max("score"), passes=Count("pk", filter=Q(passed=True)), tries=Count("pk"))
    )
    for row in rows:
        found.setdefault(row["user_id"], {})[row["quiz_id"]] = QuizResult(
            quiz_id=row["quiz_id"],
            title=titles[row["quiz_id"]],
            best_score=float(row["best"]) if row["best"] is not None else None,
            passed=row["passes"] > 0,
            attempts=row["tries"],
        )
    members = {}
    for user_id in user_ids:
        own = meant[audience_for_role(roles.get(user_id))]
        mine = found.get(user_id, {})
        members[user_id] = MemberQuizzes(quizzes=own, results={qid: mine[qid] for qid, _title in own if qid in mine})
    return members


@dataclass(frozen=True)
class SharedReflection:
    lesson_title: str
    prompt: str
    text: str
    updated_at: datetime.datetime


def shared_reflections(*, course: CoursePage, user_id: int) -> list[SharedReflection]:
    """The reflection answers ``user_id`` chose to share with their leaders in
    ``course``, in lesson order. Never an answer that is not shared: the
    caller has checked that the reader leads the learner. Two queries."""
    structure = course_structure(course)
    order = {lesson.translation_key: index for index, lesson in enumerate(structure.lessons if structure else [])}
    answers = list(
        ReflectionAnswer.objects.filter(
            user_id=user_id, shared_with_leaders=True, lesson__translation_key__in=list(order)
        ).only("key", "text", "updated_at", "lesson_id")
    )
    lessons = {
        lesson.pk: lesson
        for lesson in LessonPage.objects.filter(pk__in={a.lesson_id for a in answers}).only(
            "id", "title", "translation_key", "body"
        )
    }
    found = []
    for answer in answers:
        lesson = lessons[answer.lesson_id]
        prompts = {b["value"]["key"]: b["value"]["prompt"] for b in lesson.body.raw_data if b["type"] == "reflection"}
        found.append(
            (
                order.get(lesson.translation_key, 0),
                SharedReflection(
                    lesson_title=lesson.title,
                    prompt=prompts.get(answer.key, ""),
                    text=answer.text,
                    updated_at=answer.updated_at,
                ),
            )
        )
    return [item for _order, item in sorted(found, key=lambda pair: pair[0])]
