from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, Q

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
