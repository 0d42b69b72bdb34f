"""Completion by role or by profession: one query, grouped by the database."""

from django.db.models import Count, F, Min, Q, QuerySet
from django.db.models.functions import Lower, Trim
from django.utils.translation import gettext as _

from accounts.models import Role
from insights.selectors.common import has_completion, percent, started_q
from modules.models import Enrolment

GROUPINGS = ("role", "profession")


def _label(by: str, value) -> str:
    if value is None:
        return _("Deleted accounts")
    if by == "role":
        return str(Role(value).label) if value in Role.values else value
    return value or _("No profession given")


def completion_by_group(enrolments: QuerySet[Enrolment], *, by: str = "role") -> list[dict]:
    """One row per role or profession (case and spaces ignored) of the
    learners in ``enrolments``: learners, enrolments, started, completed and
    the completion rate. Started means a lesson visited or completed."""
    key = F("user__profile__role") if by == "role" else Lower(Trim("user__profile__profession"))
    rows = (
        enrolments.order_by()
        .annotate(group=key, has_completion=has_completion())
        .values("group")
        .annotate(
            learners=Count("user", distinct=True),
            # The spelling most of the group used first in the alphabet: "Sykepleier" before "sykepleier".
            spelling=Min(Trim("user__profile__profession")),
            enrolments=Count("pk"),
            started=Count("pk", filter=started_q()),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
        )
        .order_by("group")
    )
    return [
        {
            **row,
            "label": _label(by, row["group"] if by == "role" else row["spelling"]),
            "rate": percent(row["completed"], row["enrolments"]),
        }
        for row in rows
    ]
