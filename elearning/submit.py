"""The one way to refuse a double submit of a form that creates something.

The form carries a key made once when the form is shown (``SubmitOnceForm``);
the created row stores it, and a UniqueConstraint on (who, key) lets exactly
one insert win. A double click, a resent form or a retry after a lost answer
sends the same key and gets the first row back; the same text written again
in a fresh form is a new row. The database decides, so it holds under two
concurrent submits.

    class PlanComment(SubmitOnce):
        class Meta:
            constraints = [submit_once("author", name="coteaching_comment_submit_once")]

    comment, created = create_once(PlanComment, owner={"author": user}, submit_key=key, create=lambda: ...)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.db import IntegrityError, models, transaction

from elearning.tokens import new_token

SUBMIT_KEY_MAX_LENGTH = 64
Row = TypeVar("Row", bound=models.Model)


class SubmitOnce(models.Model):
    """Mixin for a row a form creates: the form's one-time key."""

    submit_key = models.CharField(max_length=SUBMIT_KEY_MAX_LENGTH, null=True, blank=True, editable=False)

    class Meta:
        abstract = True


def submit_once(owner_field: str, *, name: str) -> models.UniqueConstraint:
    """At most one row per (owner, key); rows without a key are not limited."""
    return models.UniqueConstraint(
        fields=[owner_field, "submit_key"], condition=models.Q(submit_key__isnull=False), name=name
    )


def create_once(
    model: type[Row], *, owner: dict, submit_key: str | None, create: Callable[[], Row]
) -> tuple[Row, bool]:
    """Run ``create`` (which saves a row of ``model`` with ``submit_key``;
    a ``full_clean`` in it excludes ``submit_key``, or a concurrent winner
    would surface as a ValidationError) unless ``owner`` already created one
    with that key. Returns the row and
    whether this call created it. Call inside the service's transaction."""
    if not submit_key:
        return create(), True
    existing = model.objects.filter(**owner, submit_key=submit_key).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return create(), True
    except IntegrityError:
        # Another request with the same key committed first (on PostgreSQL
        # this insert waited for it). Anything else is a real error.
        existing = model.objects.filter(**owner, submit_key=submit_key).first()
        if existing is None:
            raise
        return existing, False


class SubmitOnceForm(forms.Form):
    """Base for a form that creates something: a hidden one-time key, made
    when the form is first shown and kept when it comes back with errors."""

    submit_key = forms.CharField(required=False, max_length=SUBMIT_KEY_MAX_LENGTH, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submit_key", new_token())
