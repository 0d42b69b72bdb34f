"""What a learner's progress pages read about them: their enrolments, the
lessons they completed and their certificates, in every course at once
(three queries), cached per user version (elearning.user_cache). Saving or
deleting an enrolment, a completion or a certificate starts a new version
(connected in modules.apps), and so do the services that write them with a
queryset update (modules.services, modules.privacy); the role comes with the signed-in user (accounts.backends),
whose profile is cached the same way."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F

from elearning import user_cache
from modules.models import Certificate, Enrolment, LessonCompletion

LEARNER_RECORD = "modules:progress"  # the record's entry in the user's cache


@dataclass(frozen=True)
class LearnerRecord:
    # Course translation key -> the enrolment (its course not loaded; course_key is set on it).
    enrolments: dict
    # Translation keys of the completed lessons, any course.
    completed: frozenset
    # Course translation key -> the certificate.
    certificates: dict


def _read(user_id) -> LearnerRecord:
    enrolments = Enrolment.objects.filter(user_id=user_id).annotate(course_key=F("course__translation_key"))
    completed = LessonCompletion.objects.filter(user_id=user_id).values_list("lesson__translation_key", flat=True)
    certificates = Certificate.objects.filter(user_id=user_id, course__isnull=False).annotate(
        course_key=F("course__translation_key")
    )
    return LearnerRecord(
        enrolments={enrolment.course_key: enrolment for enrolment in enrolments},
        completed=frozenset(completed),
        certificates={certificate.course_key: certificate for certificate in certificates},
    )


def learner_record(user) -> LearnerRecord:
    """The user's enrolments, completed lessons and certificates; nothing for anonymous users."""
    if not user.is_authenticated:
        return LearnerRecord(enrolments={}, completed=frozenset(), certificates={})
    return user_cache.get(user.pk, LEARNER_RECORD, lambda: _read(user.pk))
