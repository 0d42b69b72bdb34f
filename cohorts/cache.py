"""A cohort's course days, their parts and pre-work are content: staff edit
them, every participant reads them alike. The cohort page keeps them in
this process's memory under the site's content version
(elearning.content_cache), so saving, deleting or relinking any of these
rows starts a new version, now and again when the transaction commits (a
reader in another process between the two would otherwise keep what it
read before the commit)."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from cohorts.models import CohortLeader, CourseDay, CourseDayPart, PreWork
from elearning import content_cache


def _changed(**kwargs) -> None:
    content_cache.bump()
    transaction.on_commit(content_cache.bump)


def connect() -> None:
    for model in (CourseDay, CourseDayPart, PreWork, CohortLeader):
        post_save.connect(_changed, sender=model, dispatch_uid=f"cohorts-days-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"cohorts-days-delete-{model.__name__}")
    m2m_changed.connect(_changed, sender=CourseDayPart.leaders.through, dispatch_uid="cohorts-days-part-leaders")
