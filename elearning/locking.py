"""The one optimistic-locking scheme: a row carries an integer ``version``;
a write is a conditional UPDATE ``… WHERE version = <the version the editor
started from>`` that bumps it. Of two editors who started from the same
version exactly one wins; the other gets ``elearning.errors.EditConflict``
and sees both texts. The database decides, so it holds across processes."""

from __future__ import annotations

from django.db import models
from django.db.models import F


class Versioned(models.Model):
    """Mixin for a row edited by several people at once."""

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True


def update_if_version(queryset: models.QuerySet, *, pk, version: int, **values) -> bool:
    """Write ``values`` to row ``pk`` and bump its version, only if its version
    is still ``version``. True when this write won."""
    return queryset.filter(pk=pk, version=version).update(version=F("version") + 1, **values) == 1
