"""Copying a cohort's assignments into its copy (hook ``cohort_copied``)."""

from __future__ import annotations

from django.db import transaction

from assignments.models import Assignment


@transaction.atomic
def assignments_copy(*, source, copy, day_map: dict) -> int:
    """Copy every assignment of ``source`` into ``copy``: the same text and
    settings, after the matching new day, its times moved by as many days as
    the cohort moved. Idempotent: an assignment is copied into a cohort once
    (unique on cohort and copied_from). Returns how many it added."""
    offset = copy.starts_on - source.starts_on
    copies = []
    for assignment in Assignment.objects.filter(cohort=source).order_by("pk"):
        new_day = day_map.get(assignment.after_day_id) if assignment.after_day_id else None
        copies.append(
            Assignment(
                cohort=copy,
                after_day=new_day,
                kind=assignment.kind,
                title=assignment.title,
                prompt=assignment.prompt.get_prep_value(),
                due_at=assignment.due_at + offset,
                closes_at=assignment.closes_at + offset if assignment.closes_at else None,
                visibility=assignment.visibility,
                allow_comments=assignment.allow_comments,
                required=assignment.required,
                sort_order=assignment.sort_order,
                copied_from=assignment,
            )
        )
    before = Assignment.objects.filter(cohort=copy).count()
    Assignment.objects.bulk_create(copies, ignore_conflicts=True)
    return Assignment.objects.filter(cohort=copy).count() - before
