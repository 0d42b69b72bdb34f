from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from django.db.models import Exists, OuterRef, Q, QuerySet

from modules.models import LessonCompletion


def started_q() -> Q:
    """An enrolment is started when the learner opened a lesson of the course
    or completed one. Needs ``annotate(has_completion=has_completion())``."""
    return Q(last_lesson__isnull=False) | Q(has_completion=True) | Q(completed_at__isnull=False)


def has_completion():
    return Exists(LessonCompletion.objects.filter(user=OuterRef("user"), course=OuterRef("course")))


def percent(part: int | None, whole: int | None) -> Decimal | None:
    """``part`` of ``whole`` in per cent with one decimal, None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part or 0) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def rounded(value, places: int = 2) -> Decimal | None:
    """A mean as a Decimal with ``places`` decimals, from a float (SQLite) or a Decimal (PostgreSQL)."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def days(duration) -> Decimal | None:
    """A timedelta in days with one decimal."""
    if duration is None:
        return None
    return (Decimal(duration.total_seconds()) / Decimal(86400)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class PagedRows:
    """A report's rows when there is one per record (free-text answers), read
    as they are needed: the report's paginator counts them in the database
    and reads only the page it shows, a spreadsheet reads them all in chunks.
    ``row(values)`` turns each of the queryset's rows into the report's dict."""

    CHUNK = 2000

    def __init__(self, queryset: QuerySet, row: Callable[[dict], dict]):
        self.queryset = queryset
        self.row = row

    @cached_property
    def _count(self) -> int:
        return self.queryset.count()

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.row(values) for values in self.queryset[index]]
        return self.row(self.queryset[index])

    def __iter__(self) -> Iterator[dict]:
        return map(self.row, self.queryset.iterator(chunk_size=self.CHUNK))
