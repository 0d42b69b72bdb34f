"""Reads for co-teaching: who is in which team, a plan with everything on its
page, the examples library. Query counts do not grow with the number of
sections, sessions, parts, members or comments."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from accounts.models import TEACHING_ROLE_VALUES, Role
from coteaching.models import (
    DIDACTIC_KEYS,
    EVALUATION_PLAN_KEYS,
    MEMBER_ROLE_CHOICES,
    Invitation,
    Membership,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    PlanSession,
    SectionKey,
    SessionPart,
    TeachingPlan,
)


def suggested_role(user) -> str | None:
    """The team role that follows from the person's profile, if it does."""
    profile = getattr(user, "profile", None)
    if profile is None:
        return None
    if profile.role == Role.PROFESSIONAL:
        return Role.PROFESSIONAL
    if profile.role == Role.USER_REPRESENTATIVE:
        return Role.USER_REPRESENTATIVE
    return None


def membership_for(*, plan: TeachingPlan, user) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Membership.objects.filter(team_id=plan.team_id, user=user).first()


def plan_for_member(*, plan_id: int, user) -> TeachingPlan | None:
    """The plan if ``user`` is in its team, else None (the view answers 404,
    so an outsider cannot even tell that the plan exists). One query."""
    if not getattr(user, "is_authenticated", False):
        return None
    return TeachingPlan.objects.select_related("team").filter(pk=plan_id, team__memberships__user=user).first()


def published_example(*, plan_id: int) -> TeachingPlan | None:
    return TeachingPlan.objects.select_related("team").filter(pk=plan_id, published_as_example=True).first()


def plans_for_user(*, user) -> list[TeachingPlan]:
    """ "Mine undervisningsplaner": the user's teams' plans with their members."""
    return list(
        TeachingPlan.objects.filter(team__memberships__user=user)
        .select_related("team")
        .prefetch_related(
            Prefetch(
                "team__memberships",
                queryset=Membership.objects.select_related("user").order_by("joined_at", "pk"),
            )
        )
        .order_by("-updated_at", "-pk")
    )


@dataclass
class PlanDocument:
    plan: TeachingPlan
    didactic: list[PlanSection]
    evaluation_plan: list[PlanSection]
    sessions: list[PlanSession]
    members: list[Membership] = field(default_factory=list)
    comments: list[PlanComment] = field(default_factory=list)
    comments_by_section: dict[str, list[PlanComment]] = field(default_factory=dict)

    @property
    def general_comments(self) -> list[PlanComment]:
        return self.comments_by_section.get("", [])


def _ordered_sections(plan: TeachingPlan) -> dict[str, PlanSection]:
    rows = {s.key: s for s in PlanSection.objects.filter(plan=plan).select_related("updated_by")}
    # A key added after the plan was made reads as an empty section until saved.
    return {key: rows.get(key) or PlanSection(plan=plan, key=key) for key in SectionKey.values}


def plan_sessions(*, plan: TeachingPlan) -> list[PlanSession]:
    sessions = list(
        PlanSession.objects.filter(plan=plan).prefetch_related(
            Prefetch("parts", queryset=SessionPart.objects.order_by("order", "pk"))
        )
    )
    for session in sessions:
        session.planned_minutes = sum(part.minutes for part in session.parts.all())
    return sessions


def plan_document(*, plan: TeachingPlan, with_comments: bool = True, with_members: bool = True) -> PlanDocument:
    """Everything the plan page, the print view and the PDF show."""
    sections = _ordered_sections(plan)
    document = PlanDocument(
        plan=plan,
        didactic=[sections[key] for key in DIDACTIC_KEYS],
        evaluation_plan=[sections[key] for key in EVALUATION_PLAN_KEYS],
        sessions=plan_sessions(plan=plan),
    )
    if with_members:
        document.members = list(Membership.objects.filter(team_id=plan.team_id).select_related("user"))
    if with_comments:
        document.comments = list(PlanComment.objects.filter(plan=plan).select_related("author"))
        grouped = defaultdict(list)
        for comment in document.comments:
            grouped[comment.section_key].append(comment)
        document.comments_by_section = dict(grouped)
        for section in (*document.didactic, *document.evaluation_plan):
            section.comments = grouped.get(section.key, [])
    return document


def section_for(*, plan: TeachingPlan, key: str) -> PlanSection:
    section = PlanSection.objects.select_related("updated_by").filter(plan=plan, key=key).first()
    return section or PlanSection(plan=plan, key=key)


def section_comments(*, plan: TeachingPlan, key: str) -> list[PlanComment]:
    return list(PlanComment.objects.filter(plan=plan, section_key=key).select_related("author"))


def section_history(*, section: PlanSection) -> list[PlanSectionRevision]:
    if section.pk is None:
        return []
    return list(PlanSectionRevision.objects.filter(section=section).select_related("author").order_by("-version"))


@dataclass
class TeamOverview:
    members: list[Membership]
    pending: list[Invitation]
    counts: dict[str, int]

    @property
    def has_both_roles(self) -> bool:
        return all(self.counts.get(role, 0) > 0 for role in TEACHING_ROLE_VALUES)

    @property
    def missing_roles(self) -> list[str]:
        return [label for value, label in MEMBER_ROLE_CHOICES if not self.counts.get(value)]


def team_overview(*, plan: TeachingPlan, now=None) -> TeamOverview:
    now = now or timezone.now()
    members = list(Membership.objects.filter(team_id=plan.team_id).select_related("user"))
    counts = defaultdict(int)
    for membership in members:
        counts[membership.role] += 1
    pending = list(
        Invitation.objects.filter(team_id=plan.team_id, accepted_at__isnull=True).order_by("-created_at", "-pk")
    )
    for invitation in pending:
        invitation.expired = invitation.is_expired(now)
    return TeamOverview(members=members, pending=pending, counts=dict(counts))


def role_counts(*, team_id: int) -> dict[str, int]:
    rows = Membership.objects.filter(team_id=team_id).values("role").annotate(n=Count("pk"))
    return {row["role"]: row["n"] for row in rows}


def examples_library() -> list[TeachingPlan]:
    """Published example plans, featured first, with their summary and the
    number of course days. Two queries."""
    return list(
        TeachingPlan.objects.filter(published_as_example=True)
        .annotate(session_count=Count("sessions", distinct=True))
        .prefetch_related(
            Prefetch(
                "sections",
                queryset=PlanSection.objects.filter(key=SectionKey.SUMMARY),
                to_attr="summary_sections",
            )
        )
        .order_by("-featured", "-featured_at", "-published_at", "-pk")
    )


def examples_for_staff():
    return (
        TeachingPlan.objects.filter(published_as_example=True)
        .select_related("team")
        .annotate(member_count=Count("team__memberships", distinct=True))
        .order_by("-featured", "-published_at", "-pk")
    )


def dashboard_plans(*, user) -> list[TeachingPlan]:
    # A subquery, not a join: a filter on memberships before the Count would
    # make it count only the user's own membership.
    return list(
        TeachingPlan.objects.filter(team_id__in=Membership.objects.filter(user=user).values("team_id"))
        .select_related("team")
        .annotate(
            member_count=Count("team__memberships", distinct=True),
            comment_count=Count("comments", filter=Q(comments__isnull=False), distinct=True),
        )
        .order_by("-updated_at", "-pk")
    )
