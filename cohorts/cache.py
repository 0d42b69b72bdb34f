"""A cohort's course days, their parts and pre-work are content: staff edit
them, every participant reads them alike. The cohort page keeps them in
this process's memory under the site's content version
(elearning.content_cache), so saving, deleting or relinking any of these
rows starts a new version, now and again when the transaction commits (a
reader in another process between the two would otherwise keep what it
read before the commit)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from cohorts.models import (
    Attendance,
    CohortLeader,
    CourseDay,
    CourseDayPart,
    GroupMessage,
    GroupMessageRecipient,
    PreWork,
)
from elearning import content_cache, user_cache

# Shared versions (elearning.user_cache) of what the cohort page shows that others write, besides "cohorts"
# (the cohort, its leaders, groups and seats): the attendance leaders mark, and people's names.
ATTENDANCE = "cohorts:attendance"
PEOPLE = "cohorts:people"
MESSAGES = "cohorts:messages"
NAME_FIELDS = {"first_name", "last_name", "email"}


def _changed(**kwargs) -> None:
    content_cache.bump()
    transaction.on_commit(content_cache.bump)


def connect() -> None:
    for model in (CourseDay, CourseDayPart, PreWork, CohortLeader):
        post_save.connect(_changed, sender=model, dispatch_uid=f"cohorts-days-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"cohorts-days-delete-{model.__name__}")
    m2m_changed.connect(_changed, sender=CourseDayPart.leaders.through, dispatch_uid="cohorts-days-part-leaders")
    user_cache.connect_shared(ATTENDANCE, Attendance)  # attendance_set bumps it after its queryset update
    user_cache.connect_shared(PEOPLE, get_user_model(), changed=_name_changed)
    user_cache.connect_shared(MESSAGES, GroupMessage, GroupMessageRecipient)  # the group page's history


def _name_changed(sender, instance, update_fields=None, **kwargs) -> bool:
    """A sign-in saves only last_login: nobody's name changes."""
    return update_fields is None or bool(NAME_FIELDS & set(update_fields))
