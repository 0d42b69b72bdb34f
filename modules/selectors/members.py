"""How far each of a set of learners has come in a course: the rows of a
group page, their quiz results and the reflections they shared with their
leaders (the cohorts app decides who is in the group and who may see it)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.utils import timezone

from elearning import content_cache
from modules.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ReflectionAnswer
from modules.selectors.progress import audience_from_enrolment, build_progress
from modules.selectors.structure import course_structure
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


def _course_quizzes(course: CoursePage) -> list[tuple[int, str]]:
    """(quiz id, title) of the quizzes in the course's live lessons, in lesson
    order: one query for the titles; which quizzes the lessons hold is read
    from their bodies once per content version in this process."""
    quiz_ids = content_cache.local(("modules:course-quiz-ids", course.pk), lambda: _lesson_quiz_ids(course))
    titles = dict(Quiz.objects.filter(pk__in=quiz_ids).values_list("pk", "title"))
    return [(qid, titles[qid]) for qid in quiz_ids if qid in titles]


def _lesson_quiz_ids(course: CoursePage) -> tuple[int, ...]:
    structure = course_structure(course)
    lesson_ids = [lesson.pk for lesson in structure.lessons] if structure else []
    bodies = {lesson.pk: lesson for lesson in LessonPage.objects.filter(pk__in=lesson_ids).only("id", "body")}
    return tuple(dict.fromkeys(qid for pk in lesson_ids if pk in bodies for qid in bodies[pk].quiz_ids()))


def members_quiz_results(*, course: CoursePage, user_ids: list[int]) -> tuple[list[tuple[int, str]], dict]:
    """The course's quizzes, and each user's best result per quiz:
    ``(quizzes, {user_id: {quiz_id: QuizResult}})``. Only submitted attempts
    count; a quiz never tried is missing from the user's dict. Two queries,
    whatever the number of users, quizzes or attempts."""
    quizzes = _course_quizzes(course)
    titles = dict(quizzes)
    results: dict[int, dict[int, QuizResult]] = {}
    if not quizzes or not user_ids:
        return quizzes, results
    rows = (
        Attempt.objects.filter(user_id__in=user_ids, quiz_id__in=titles, submitted_at__isnull=False)
        .values("user_id", "quiz_id")
        .annotate(best=Max("score"), passes=Count("pk", filter=Q(passed=True)), tries=Count("pk"))
    )
    for row in rows:
        results.setdefault(row["user_id"], {})[row["quiz_id"]] = QuizResult(
            quiz_id=row["quiz_id"],
            title=titles[row["quiz_id"]],
            best_score=float(row["best"]) if row["best"] is not None else None,
            passed=row["passes"] > 0,
            attempts=row["tries"],
        )
    return quizzes, results


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
