"""Reads for the online course: the course structure, a learner's progress,
lesson bodies, learning paths, groups and certificates, one module each;
``from modules import selectors`` gives them all.

Query counts are constant in the size of the course: the structure of a
course is two queries (its live modules, its live lessons without their
bodies), cached per content version; a learner's state three more (their
enrolments, completed lessons and certificates, learner.py), cached per
user version. Progress is matched on the pages' translation_key, so it shows in
every language a course is translated into.

Contract for other apps:

    lesson_quiz_accessible(*, user, lesson_id: int, quiz_id: int) -> bool
        True when the lesson holds the quiz and lesson_is_accessible: the
        user is signed in, enrolled in the lesson's course and the lesson is
        not locked (module order, "available from" date). Registered for
        quizzes' "quiz_lesson_access" hook, asked before an attempt starts.

    lesson_quiz_time_limits(*, lesson_id: int, quiz_id: int) -> bool
        False when the lesson's course has turned quiz time limits off
        (CoursePage.quiz_time_limits). Registered for quizzes'
        "quiz_time_limits" hook.
"""

from modules.selectors.certificates import certificate_by_code, certificate_for_owner
from modules.selectors.lessons import (
    EMBED_CONSENT_SESSION_KEY,
    BodyPart,
    embed_consent,
    lesson_body_parts,
    lesson_page_context,
    section_visible,
)
from modules.selectors.members import (
    MemberProgress,
    MemberQuizzes,
    QuizResult,
    SharedReflection,
    members_progress,
    members_quiz_results,
    shared_reflections,
)
from modules.selectors.paths import (
    LearningPath,
    PathModule,
    learning_path,
    lessons_with_audience_sections,
    suggested_path,
)
from modules.selectors.progress import (
    AnonymousAccess,
    CourseProgress,
    LessonItem,
    LessonState,
    ModuleItem,
    anonymous_lesson_access,
    course_listing,
    course_page_context,
    course_progress,
    dashboard,
    learner_audience,
    lesson_is_accessible,
    lesson_page_state,
    lesson_quiz_accessible,
    lesson_quiz_time_limits,
    module_page_context,
    percent,
)
from modules.selectors.structure import (
    STEPLEN,
    CourseStructure,
    catalogue_url,
    course_for_page,
    course_structure,
    course_structures,
    course_url,
)

__all__ = [
    "AnonymousAccess",
    "anonymous_lesson_access",
    "catalogue_url",
    "BodyPart",
    "CourseProgress",
    "CourseStructure",
    "EMBED_CONSENT_SESSION_KEY",
    "LearningPath",
    "LessonItem",
    "LessonState",
    "MemberProgress",
    "ModuleItem",
    "PathModule",
    "STEPLEN",
    "certificate_by_code",
    "certificate_for_owner",
    "course_for_page",
    "course_listing",
    "course_page_context",
    "course_progress",
    "course_structure",
    "course_structures",
    "course_url",
    "dashboard",
    "learner_audience",
    "members_progress",
    "members_quiz_results",
    "MemberQuizzes",
    "QuizResult",
    "SharedReflection",
    "shared_reflections",
    "learning_path",
    "embed_consent",
    "lesson_body_parts",
    "lesson_is_accessible",
    "lesson_page_context",
    "lesson_page_state",
    "lesson_quiz_accessible",
    "lesson_quiz_time_limits",
    "lessons_with_audience_sections",
    "module_page_context",
    "percent",
    "section_visible",
    "suggested_path",
]
