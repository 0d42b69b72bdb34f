"""Uploaded files that nothing refers to any more, removed by a beat sweep.

A file reaches the storage before its row commits, and a row can go without
its file: a submission saved and then refused (the transaction rolled back
after the upload was written), a cohort, an assignment or a participant
deleted in the admin (the rows cascade in the database, the files stay), an
on_commit delete lost with its process. Deleting in each of those places
would miss the next one, so one sweep walks the storage under
``assignments/`` and deletes every file no SubmissionFile names, once it is
older than a grace period (an upload in progress has its row long before)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.utils import timezone

from assignments.models import UPLOAD_ROOT, SubmissionFile

GRACE = datetime.timedelta(days=1)


def _walk(storage, path: str) -> Iterator[str]:
    directories, files = storage.listdir(path)
    for name in files:
        yield f"{path}/{name}"
    for directory in directories:
        yield from _walk(storage, f"{path}/{directory}")


def orphan_files_delete(*, now: datetime.datetime | None = None, grace: datetime.timedelta = GRACE) -> int:
    """Delete the stored assignment files that no SubmissionFile row names
    and that are older than ``grace``. Returns how many it deleted; safe to
    run twice or twice at once (a file already gone is skipped)."""
    now = now or timezone.now()
    storage = SubmissionFile._meta.get_field("file").storage
    try:
        stored = list(_walk(storage, UPLOAD_ROOT))
    except FileNotFoundError:  # nothing uploaded yet
        return 0
    known = set(SubmissionFile.objects.filter(file__startswith=f"{UPLOAD_ROOT}/").values_list("file", flat=True))
    deleted = 0
    for name in stored:
        if name in known:
            continue
        try:
            if storage.get_modified_time(name) > now - grace:
                continue
            storage.delete(name)
        except FileNotFoundError:
            continue
        deleted += 1
    return deleted
