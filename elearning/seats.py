"""Seat allocation: a number of seats and a waiting list, first come first
served. Theme sessions (registrations) and cohorts (participants) both
allocate through ``Seats``.

The caller holds the row lock of what has the seats (SELECT … FOR UPDATE on
PostgreSQL; SQLite takes the write lock at BEGIN IMMEDIATE) for the whole
transaction, and counts and decides inside it, so the seats are never
overbooked; the concurrency tests in tests/theme_sessions and tests/cohorts
hold this on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, QuerySet


@dataclass(frozen=True)
class Seats:
    """The seats of one locked row: ``capacity``, the rows that hold a seat
    (``confirmed``) and the rows waiting for one, first in line first
    (``waiting``)."""

    capacity: int
    confirmed: QuerySet
    waiting: QuerySet

    def free(self) -> int:
        """How many seats nobody holds (never below 0). One query."""
        return max(self.capacity - self.confirmed.count(), 0)

    def fill(self, promote: Callable[[Model], None]) -> list[Model]:
        """Give the free seats to the waiting list in its order; ``promote``
        gives one row its seat (and its e-mail). Returns the promoted rows.
        A newcomer gets a seat only if one is still free after this, so the
        waiting list keeps its turn."""
        free = self.free()
        if not free:
            return []
        promoted = list(self.waiting[:free])
        for row in promoted:
            promote(row)
        return promoted
