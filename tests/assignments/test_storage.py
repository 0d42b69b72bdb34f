"""Stored files that no submission names any more (a cascade from a deleted
assignment, an upload whose transaction rolled back) are deleted by the
beat sweep once they are a day old; the files of submissions stay."""

import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from assignments import services
from assignments.models import UPLOAD_ROOT, SubmissionFile
from tests.factories.assignments import AssignmentFactory, pdf


def _submit(world, assignment, name):
    services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Svar", base_version=0, submit=True,
        uploads=[pdf(name)],
    )  # fmt: skip
    return SubmissionFile.objects.get(submission__assignment=assignment)


def test_the_sweep_deletes_stored_files_no_submission_names(world, assignment):
    kept = _submit(world, assignment, "beholdes.pdf")
    other = AssignmentFactory(cohort=world.cohort, after_day=world.days[0])
    cascaded = _submit(world, other, "slettes.pdf").file.name
    storage = kept.file.storage
    other.delete()  # in the admin: the rows cascade, the file stays
    rolled_back = storage.save(f"{UPLOAD_ROOT}/2026/12/ingen-rad.pdf", ContentFile(b"%PDF-1.4"))
    assert storage.exists(cascaded) and storage.exists(rolled_back)

    assert services.orphan_files_delete() == 0  # younger than a day: an upload may still be on its way

    a_day_later = timezone.now() + datetime.timedelta(days=1, hours=1)
    assert services.orphan_files_delete(now=a_day_later) == 2
    assert not storage.exists(cascaded) and not storage.exists(rolled_back)
    assert storage.exists(kept.file.name)
    assert services.orphan_files_delete(now=a_day_later) == 0


def test_the_sweep_runs_daily_from_beat():
    entry = settings.CELERY_BEAT_SCHEDULE["assignments-delete-orphan-files"]
    assert entry == {"task": "assignments.tasks.delete_orphan_files", "schedule": 24 * 3600}
