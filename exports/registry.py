"""Datasets that staff can export as a background job.

An app registers its datasets in ``<app>/datasets.py`` (imported when Django
starts):

    from exports import registry

    registry.register(
        "lesson_progress",
        title=_("Lesson progress in a course"),
        permission="modules.view_lessoncompletion",
        columns=[(_("Learner id"), "user_id"), (_("Lesson"), "lesson__title"), (_("Completed"), "completed_at")],
        queryset=lambda filters: LessonCompletion.objects.filter(course_id=filters["course"]),
        form=LessonProgressFilters,   # optional: a Form whose fields are the filters
    )

Contract:
- ``columns`` are (heading, field) pairs: each field a lookup on the
  queryset's model, as ``values_list()`` takes it. How its value is written
  follows from the model field (exports.cells): a field with choices as its
  label in the job's language, a time in local time, text under the
  formula rule.
- ``queryset(filters)`` gives the rows to export (filtered, not ordered:
  they are written in the order of their primary key). It is streamed:
  on PostgreSQL the database writes the CSV itself, so an export of any
  size uses constant memory and takes seconds.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django import forms
from django.db import models
from django.utils import formats
from django.utils.translation import gettext


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str
    permission: str
    columns: Sequence[tuple[str, str]]
    queryset: Callable[[dict], models.QuerySet]
    form: type[forms.Form] | None = None

    @property
    def headings(self) -> list[str]:
        """The column headings in the active language."""
        return [str(heading) for heading, _field in self.columns]

    def rows(self, filters: dict) -> models.QuerySet:
        """The rows as a ``values_list()`` queryset, in the order of the columns."""
        return self.queryset(filters).values_list(*(field for _heading, field in self.columns))

    def count(self, filters: dict) -> int:
        return self.queryset(filters).count()

    def allowed(self, user) -> bool:
        return bool(user and user.is_authenticated and user.has_perm(self.permission))

    def bind(self, data=None, **kwargs) -> forms.Form:
        """The dataset's filter form (an empty one when it takes no filters)."""
        return (self.form or forms.Form)(data, **kwargs)

    def describe(self, filters: dict) -> list[tuple[str, str]]:
        """A job's JSON ``filters`` as (label, value) for people, in the active
        language: each named by its form field's label, a chosen object by its
        name (the field's own ``label_from_instance``), a deleted one by its id
        with a note. A key the form no longer has is shown as it is."""
        fields = self.bind().fields
        described = [
            (str(fields[name].label or name), _describe_value(fields[name], filters[name]))
            for name in fields
            if name in filters
        ]
        return described + [(name, str(value)) for name, value in filters.items() if name not in fields]


_datasets: dict[str, Dataset] = {}


def register(
    key: str,
    *,
    title: str,
    permission: str,
    columns: Sequence[tuple[str, str]],
    queryset: Callable[[dict], models.QuerySet],
    form: type[forms.Form] | None = None,
) -> Dataset:
    """Register a dataset under ``key`` (letters, digits, underscores). Registering
    the same key again replaces it (a module imported twice in tests)."""
    if not key.replace("_", "").isalnum() or not key.isascii():
        raise ValueError(f"dataset key {key!r}: use letters, digits and underscores")
    dataset = Dataset(key=key, title=title, permission=permission, columns=tuple(columns), queryset=queryset, form=form)
    _datasets[key] = dataset
    return dataset


def get(key: str) -> Dataset | None:
    return _datasets.get(key)


def all_datasets() -> list[Dataset]:
    return sorted(_datasets.values(), key=lambda d: str(d.title))


def for_user(user) -> list[Dataset]:
    return [dataset for dataset in all_datasets() if dataset.allowed(user)]


def _describe_value(field: forms.Field, value) -> str:
    values = value if isinstance(value, list) else [value]
    if isinstance(field, forms.ModelChoiceField):
        found = {str(obj.pk): obj for obj in field.queryset.filter(pk__in=values)}
        return ", ".join(
            field.label_from_instance(found[str(pk)])
            if str(pk) in found
            else gettext("%(id)s (deleted since the export)") % {"id": pk}
            for pk in values
        )
    if isinstance(field, forms.DateField):
        return ", ".join(formats.localize(datetime.date.fromisoformat(item)) for item in values)
    if isinstance(field, forms.ChoiceField):
        choices = {str(key): label for key, label in field.choices}
        return ", ".join(str(choices.get(str(item), item)) for item in values)
    if isinstance(field, forms.BooleanField):
        return gettext("Yes") if value else gettext("No")
    return ", ".join(str(item) for item in values)


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
