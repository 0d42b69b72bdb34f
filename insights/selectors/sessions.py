"""Theme sessions: registered, waiting list, attended and the evaluation
scores per session. One query (each number a correlated subquery, so the
registrations and the evaluations never multiply each other)."""

from django.db.models import Avg, Count, DecimalField, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from insights.selectors.common import percent, rounded
from theme_sessions.models import EvaluationResponse, Registration, RegistrationStatus, SessionPage


def _count(queryset):
    counted = queryset.order_by().values("session").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _mean(field: str):
    mean = (
        EvaluationResponse.objects.filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(mean=Avg(field))
        .values("mean")
    )
    return Subquery(mean, output_field=DecimalField(max_digits=4, decimal_places=2))


def session_summary(sessions: QuerySet[SessionPage]) -> list[dict]:
    registrations = Registration.objects.filter(session=OuterRef("pk"))
    rows = (
        sessions.order_by("-start", "pk")
        .annotate(
            registered=_count(registrations.filter(status=RegistrationStatus.CONFIRMED)),
            waitlisted=_count(registrations.filter(status=RegistrationStatus.WAITLISTED)),
            attended=_count(registrations.filter(attended_at__isnull=False)),
            answers=_count(EvaluationResponse.objects.filter(session=OuterRef("pk"))),
            overall=_mean("overall"),
            usefulness=_mean("usefulness"),
        )
        .values(
            "pk",
            "title",
            "start",
            "cancelled",
            "registered",
            "waitlisted",
            "attended",
            "answers",
            "overall",
            "usefulness",
        )
    )
    return [
        {
            **row,
            "overall": rounded(row["overall"], 1),
            "usefulness": rounded(row["usefulness"], 1),
            "attended_share": percent(row["attended"], row["registered"]),
        }
        for row in rows
    ]
