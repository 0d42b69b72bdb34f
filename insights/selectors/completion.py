"""Completion by role, profession, organisation or municipality: one query,
grouped by the database."""

from django.db.models import Count, F, Min, Q, QuerySet
from django.db.models.functions import Lower, Trim
from django.utils.translation import gettext as _

from accounts.models import Role
from accounts.municipalities import municipality_name
from insights.selectors.common import has_completion, percent, started_q
from modules.models import Enrolment

GROUPINGS = ("role", "profession", "organisation", "municipality")
# Free text is grouped with case and surrounding spaces ignored.
FREE_TEXT = ("profession", "organisation")


def _label(by: str, value) -> str:
    if value is None:
        return _("Deleted accounts")
    if by == "role":
        return str(Role(value).label) if value in Role.values else value
    if by == "municipality":
        return municipality_name(value) or value or _("No municipality given")
    if by == "organisation":
        return value or _("No organisation given")
    return value or _("No profession given")


def completion_by_group(enrolments: QuerySet[Enrolment], *, by: str = "role") -> list[dict]:
    """One row per role, profession, organisation or municipality (free text
    with case and spaces ignored) of the learners in ``enrolments``:
    learners, enrolments, started, completed and the completion rate. Started
    means a lesson visited or completed."""
    if by not in GROUPINGS:
        raise ValueError(f"Cannot group by {by!r}.")
    field = f"user__profile__{by}"
    free_text = by in FREE_TEXT
    rows = (
        enrolments.order_by()
        .annotate(group=Lower(Trim(field)) if free_text else F(field), has_completion=has_completion())
        .values("group")
        .annotate(
            learners=Count("user", distinct=True),
            # The spelling most of the group used first in the alphabet: "Sykepleier" before "sykepleier".
            spelling=Min(Trim(field)),
            enrolments=Count("pk"),
            started=Count("pk", filter=started_q()),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
        )
        .order_by("group")
    )
    return [
        {
            **row,
            "label": _label(by, row["spelling"] if free_text else row["group"]),
            "rate": percent(row["completed"], row["enrolments"]),
        }
        for row in rows
    ]
