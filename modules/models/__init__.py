"""The online course: pages (course → module → lesson) and the learner's
relational data (enrolment, completions, reflection answers,
invitations, certificates)."""

from modules.models.certificates import Certificate, CertificateStatus
from modules.models.pages import (
    Audience,
    CompletionRule,
    CourseFormat,
    CourseIndexPage,
    CoursePage,
    EnrolmentMode,
    LessonPage,
    ModulePage,
    audience_for_role,
)
from modules.models.paths import LearningPathPage
from modules.models.progress import (
    CompletionSource,
    CourseInvitation,
    Enrolment,
    EnrolmentSource,
    LessonCompletion,
    ReflectionAnswer,
)

__all__ = [
    "Audience",
    "Certificate",
    "CertificateStatus",
    "CompletionRule",
    "CourseFormat",
    "CourseIndexPage",
    "CourseInvitation",
    "CoursePage",
    "Enrolment",
    "EnrolmentMode",
    "CompletionSource",
    "EnrolmentSource",
    "LessonCompletion",
    "LearningPathPage",
    "LessonPage",
    "ModulePage",
    "ReflectionAnswer",
    "audience_for_role",
]
