"""What a learner's progress pages read about them: their enrolments and
the lessons they completed, in every course at once (two queries), cached
per user version (elearning.user_cache). Saving or deleting an enrolment or
a completion starts a new version (connected in modules.apps), and so do the
services that write them with a queryset update (modules.services,
modules.privacy); the role comes with the signed-in user (accounts.backends),
whose profile is cached the same way."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F

from elearning import user_cache
from modules.models import Enrolment, LessonCompletion


@dataclass(frozen=True)
class LearnerRecord:
    # Course translation key -> the enrolment (its course not loaded; course_key is set on it).
    enrolments: dict
    # Translation keys of the completed lessons, any course.
    completed: frozenset


def _read(user_id) -> LearnerRecord:
    enrolments = Enrolment.objects.filter(user_id=user_id).annotate(course_key=F("course__translation_key"))
    completed = LessonCompletion.objects.filter(user_id=user_id).values_list("lesson__translation_key", flat=True)
    return LearnerRecord(
        enrolments={enrolment.course_key: enrolment for enrolment in enrolments}, completed=frozenset(completed)
    )


def learner_record(user) -> LearnerRecord:
    """The user's enrolments and completed lessons; nothing for anonymous users."""
    if not user.is_authenticated:
        return LearnerRecord(enrolments={}, completed=frozenset())
    return user_cache.get(user.pk, "modules:progress", lambda: _read(user.pk))
