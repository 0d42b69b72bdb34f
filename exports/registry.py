"""Datasets that staff can export as a background job.

An app registers its datasets in ``<app>/datasets.py`` (imported when Django
starts):

    from exports import registry

    registry.register(
        "lesson_progress",
        title=_("Lesson progress in a course"),
        permission="modules.view_lessoncompletion",
        columns=[_("Learner id"), _("Lesson"), _("Completed")],
        rows=lambda filters: LessonCompletion.objects.filter(course_id=filters["course"])
            .values_list("user_id", "lesson__title", "completed_at").order_by("pk").iterator(chunk_size=5000),
        count=lambda filters: LessonCompletion.objects.filter(course_id=filters["course"]).count(),
        form=LessonProgressFilters,   # optional: a Form whose fields are the filters
    )

Contract:
- ``rows(filters)`` returns an iterator of tuples, one per row, in the order
  of ``columns``; it must stream (``.values_list(...).iterator(chunk_size=...)``),
  never build a list, so that an export of any size uses constant memory.
  Values may be text, numbers, booleans, dates, datetimes, Decimal or None.
- ``count(filters)`` gives the number of rows (for the progress bar).
- ``filters`` is the JSON the ``form`` cleaned (``form_filters`` below):
  model instances become their primary key, dates ISO text. Without a form
  the dataset takes no filters.
- ``permission`` is a Django permission name; only users who have it may
  start the export (and see the dataset in the list).
- Exports name people by an internal id, never by name or e-mail, unless the
  dataset's permission is one for reports on individuals.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from django import forms
from django.db import models


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str
    permission: str
    columns: Sequence[str]
    rows: Callable[[dict], Iterator[tuple]]
    count: Callable[[dict], int]
    form: type[forms.Form] | None = None

    def allowed(self, user) -> bool:
        return bool(user and user.is_authenticated and user.has_perm(self.permission))

    def bind(self, data=None, **kwargs) -> forms.Form:
        """The dataset's filter form (an empty one when it takes no filters)."""
        return (self.form or forms.Form)(data, **kwargs)


_datasets: dict[str, Dataset] = {}


def register(
    key: str,
    *,
    title: str,
    permission: str,
    columns: Sequence[str],
    rows: Callable[[dict], Iterator[tuple]],
    count: Callable[[dict], int],
    form: type[forms.Form] | None = None,
) -> Dataset:
    """Register a dataset under ``key`` (letters, digits, underscores). Registering
    the same key again replaces it (a module imported twice in tests)."""
    if not key.replace("_", "").isalnum() or not key.isascii():
        raise ValueError(f"dataset key {key!r}: use letters, digits and underscores")
    dataset = Dataset(
        key=key, title=title, permission=permission, columns=tuple(columns), rows=rows, count=count, form=form
    )
    _datasets[key] = dataset
    return dataset


def get(key: str) -> Dataset | None:
    return _datasets.get(key)


def all_datasets() -> list[Dataset]:
    return sorted(_datasets.values(), key=lambda d: str(d.title))


def for_user(user) -> list[Dataset]:
    return [dataset for dataset in all_datasets() if dataset.allowed(user)]


def _json_value(value):
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | models.QuerySet):
        return [_json_value(item) for item in value]
    return value


def form_filters(form: forms.Form) -> dict:
    """A valid form's cleaned data as the job's JSON filters (empty values left out)."""
    return {name: _json_value(value) for name, value in form.cleaned_data.items() if value not in (None, "", [], ())}
