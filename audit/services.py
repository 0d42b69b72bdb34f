"""Writes to the audit log.

Guarantees:

- ``record`` appends one row per call and never changes a row. Call it inside
  the transaction of the action it logs (it joins that transaction), so the
  event exists exactly when the action was committed; a view that only reads
  (a download, a report page) calls it on its own. It is not idempotent by
  design: two downloads are two events.
- ``details`` is a small JSON object of facts (filters, a report's name,
  a row count), at most ``MAX_DETAILS_CHARS`` long with strings of at most
  ``MAX_STRING_CHARS``: never free personal text (a name, an answer, a
  comment). Anything else is a programming error (``ValueError``).
- ``events_purge_expired`` deletes rows older than
  ``settings.AUDIT["RETENTION_DAYS"]``; safe to run twice or concurrently.
"""

from __future__ import annotations

import datetime
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from audit.models import AuditAction, AuditEvent

MAX_DETAILS_CHARS = 4000
MAX_STRING_CHARS = 200


def _check_strings(value, path: str = "details") -> None:
    if isinstance(value, str):
        if len(value) > MAX_STRING_CHARS:
            raise ValueError(f"{path}: a string of {len(value)} characters; audit details hold facts, not text")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]")


def clean_details(details: dict | None) -> dict:
    """``details`` as plain JSON (dates as ISO text, model instances refused),
    checked against the limits above."""
    if details is None:
        return {}
    if not isinstance(details, dict):
        raise ValueError("audit details must be a dict")
    try:
        text = json.dumps(details, cls=DjangoJSONEncoder, sort_keys=True)
    except TypeError as error:
        raise ValueError(f"audit details must be JSON: {error}") from error
    if len(text) > MAX_DETAILS_CHARS:
        raise ValueError(f"audit details are {len(text)} characters long (at most {MAX_DETAILS_CHARS})")
    cleaned = json.loads(text)
    _check_strings(cleaned)
    return cleaned


def _actor(actor):
    if actor is None or not getattr(actor, "is_authenticated", False):
        return None
    return actor


@transaction.atomic
def record(*, actor, action: AuditAction | str, subject: models.Model | None = None, details: dict | None = None):
    """Log that ``actor`` (a user; None or anonymous for the system) did
    ``action`` (an ``AuditAction``) to ``subject``: a user (the person the
    event is about) or any other saved model instance (an export job, a
    cohort). Returns the new ``AuditEvent``."""
    action = AuditAction(action)  # ValueError for an unknown action
    event = AuditEvent(actor=_actor(actor), action=action.value, details=clean_details(details))
    if subject is not None:
        if subject.pk is None:
            raise ValueError("audit subject must be saved")
        if isinstance(subject, get_user_model()):
            event.subject_user = subject
        else:
            event.object_type = ContentType.objects.get_for_model(subject, for_concrete_model=False)
            event.object_id = str(subject.pk)
    event.save(force_insert=True)
    return event


@transaction.atomic
def events_purge_expired(*, now: datetime.datetime | None = None) -> int:
    """Delete events older than the retention period. Returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.AUDIT["RETENTION_DAYS"])
    deleted, _per_model = AuditEvent.objects.filter(at__lt=cutoff).delete()
    return deleted
