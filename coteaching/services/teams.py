"""Every write for co-teaching: teams, invitations, members, the plan's
sections (optimistic locking), the schedule, comments and publishing.

Services are keyword-only and atomic. They check that the acting user is in
the plan's team (views have already answered 404 to outsiders; the check here
keeps the rule in one place for every caller). Refusals raise CoteachingError
with a message for the person; a concurrent edit raises SectionConflict or
ScheduleConflict carrying both versions, so nothing anyone typed is lost.

Team rules (Standard metode): a team needs at least one professional and at
least one user representative before its plan can be published, and neither
the last professional nor the last user representative can be removed. The
team row is locked while members change, so two removals at once cannot
together empty a role.
"""

from __future__ import annotations

import datetime
import logging

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from coteaching import emails, selectors
from coteaching.models import (
    COMMENT_MAX_LENGTH,
    SECTION_MAX_LENGTH,
    Invitation,
    MemberRole,
    Membership,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    PlanSession,
    SectionKey,
    SessionPart,
    TeachingPlan,
    Team,
)

logger = logging.getLogger(__name__)

INVITATION_VALID_DAYS = 14
# A second identical submit within this window returns the first result
# (double clicks, a resent form) instead of creating a duplicate.
DUPLICATE_WINDOW = datetime.timedelta(minutes=2)


class CoteachingError(Exception):
    """A request we refuse, with a message for the person."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


class SectionConflict(Exception):
    """Someone saved the section after this editor opened it. Carries the
    saved text (theirs) and the text this editor sent (yours): the caller
    shows both so the person can merge and save again on top of
    ``section.version``."""

    def __init__(self, *, section: PlanSection, yours: str):
        super().__init__("section conflict")
        self.section = section
        self.theirs = section.text
        self.yours = yours
        self.version = section.version


class ScheduleConflict(Exception):
    """A session or part changed (or was deleted) after this editor opened it."""

    def __init__(self, *, current, yours: dict):
        super().__init__("schedule conflict")
        self.current = current
        self.yours = yours


def _normalise(text: str) -> str:
    """Browsers send CRLF from a textarea; store LF so equal texts compare equal."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _require_member(*, plan: TeachingPlan, user) -> Membership:
    membership = selectors.membership_for(plan=plan, user=user)
    if membership is None:
        raise CoteachingError(_("Only the members of the team can do this."), code="forbidden")
    return membership


def _lock_team(team_id: int) -> Team:
    return Team.objects.select_for_update().get(pk=team_id)


def _check_length(text: str, limit: int) -> None:
    if len(text) > limit:
        raise CoteachingError(
            _("The text is too long: %(length)s characters. The limit is %(limit)s.")
            % {"length": len(text), "limit": limit},
            code="too_long",
        )


# --- Teams and plans ---------------------------------------------------------


@transaction.atomic
def team_create(*, user, name: str, plan_title: str, role: str | None = None) -> TeachingPlan:
    """Create a team with its (empty) plan; the creator becomes its first
    member, in ``role`` or the role their profile gives. A double submit
    (same person, same name, within two minutes) returns the first plan."""
    name = name.strip()
    plan_title = plan_title.strip() or name
    role = role or selectors.suggested_role(user)
    if role not in MemberRole.values:
        raise CoteachingError(_("Choose your role in the team."), code="role")
    recent = (
        TeachingPlan.objects.filter(
            team__created_by=user,
            team__name=name,
            title=plan_title,
            team__created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            team__memberships__user=user,
        )
        .select_related("team")
        .first()
    )
    if recent is not None:
        return recent
    team = Team(name=name, created_by=user)
    team.full_clean()
    team.save()
    Membership.objects.create(team=team, user=user, role=role)
    plan = TeachingPlan(team=team, title=plan_title)
    plan.full_clean()
    plan.save()
    PlanSection.objects.bulk_create([PlanSection(plan=plan, key=key) for key in SectionKey.values])
    return plan


@transaction.atomic
def plan_rename(*, user, plan: TeachingPlan, title: str, team_name: str | None = None) -> TeachingPlan:
    _require_member(plan=plan, user=user)
    plan.title = title.strip()
    plan.full_clean(exclude=["team"])
    plan.save(update_fields=["title", "updated_at"])
    if team_name is not None and team_name.strip():
        Team.objects.filter(pk=plan.team_id).update(name=team_name.strip())
        plan.team.name = team_name.strip()
    return plan


# --- Invitations --------------------------------------------------------------


def _user_has_email(user, email: str) -> bool:
    email = email.lower()
    if user.email.lower() == email:
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


@transaction.atomic
def invitation_create(
    *, team: Team, invited_by, email: str, role: str, language: str = "", now: datetime.datetime | None = None
) -> Invitation:
    """Invite an e-mail address into the team and e-mail the link (after
    commit). Inviting an address that already has an open invitation renews
    that invitation: new token, new expiry, new e-mail; the old link stops
    working. Refuses outsiders and addresses of existing members."""
    now = now or timezone.now()
    plan = TeachingPlan.objects.get(team=team)
    _require_member(plan=plan, user=invited_by)
    email = email.strip().lower()
    if role not in MemberRole.values:
        raise CoteachingError(_("Choose the role of the person you invite."), code="role")
    _lock_team(team.pk)
    if Membership.objects.filter(team=team, user__email__iexact=email).exists():
        raise CoteachingError(_("%(email)s is already a member of the team.") % {"email": email}, code="member")
    invitation = Invitation.objects.filter(team=team, email__iexact=email, accepted_at__isnull=True).first()
    if invitation is None:
        invitation = Invitation(team=team, email=email)
    else:
        invitation.token = Invitation._meta.get_field("token").default()
    invitation.role = role
    invitation.invited_by = invited_by
    invitation.created_at = now
    invitation.expires_at = now + datetime.timedelta(days=INVITATION_VALID_DAYS)
    invitation.emailed_at = None
    if language:
        invitation.language = language
    invitation.full_clean(validate_constraints=False)
    invitation.save()
    # cycle: coteaching.services -> coteaching.tasks -> coteaching.services
    from coteaching import tasks

    tasks.send_invitation.delay_on_commit(invitation.pk)
    return invitation


def invitation_send_email(*, invitation_id: int) -> bool:
    """E-mail the invitation link once per issue of the invitation (claimed
    by a conditional UPDATE of emailed_at; released if sending fails, so the
    task can retry). Skips used and expired invitations."""
    invitation = Invitation.objects.select_related("team__plan", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at or invitation.is_expired():
        return False
    claimed = Invitation.objects.filter(pk=invitation_id, emailed_at__isnull=True, accepted_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    invitation.refresh_from_db(fields=["token", "email", "role", "language", "expires_at"])
    try:
        emails.build_invitation_email(invitation).send()
    except Exception:
        Invitation.objects.filter(pk=invitation_id).update(emailed_at=None)
        raise
    return True


def invitation_problem(*, invitation: Invitation | None, user=None, now=None) -> CoteachingError | None:
    """Why this invitation cannot be accepted (by ``user``), or None."""
    now = now or timezone.now()
    if invitation is None:
        return CoteachingError(
            _("This invitation link is not valid. Check that you copied the whole link from the e-mail."),
            code="invalid",
        )
    if invitation.accepted_at is not None:
        if user is not None and invitation.accepted_by_id == getattr(user, "pk", None):
            return None
        return CoteachingError(
            _("This invitation has already been used. Ask the team for a new one if you need it."), code="used"
        )
    if invitation.is_expired(now):
        return CoteachingError(
            _("This invitation has expired. Ask the person who invited you to send a new one."), code="expired"
        )
    if user is not None and getattr(user, "is_authenticated", False) and not _user_has_email(user, invitation.email):
        return CoteachingError(
            _(
                "This invitation was sent to %(email)s, but you are logged in as %(current)s. "
                "Log in with the address the invitation was sent to."
            )
            % {"email": invitation.email, "current": user.email},
            code="wrong_user",
        )
    return None


@transaction.atomic
def invitation_accept(*, token: str, user, role: str | None = None, now=None) -> Membership:
    """Join the team with this invitation. Only the person it was sent to
    (their login or a verified address), only once, only before it expires.
    Accepting again as the same person returns the membership. An existing
    member keeps their role."""
    now = now or timezone.now()
    invitation = Invitation.objects.select_for_update().filter(token=token).first() if token else None
    problem = invitation_problem(invitation=invitation, user=user, now=now)
    if problem is not None:
        raise problem
    if invitation.accepted_at is not None:
        membership = Membership.objects.filter(team_id=invitation.team_id, user=user).first()
        if membership is None:
            raise CoteachingError(
                _("This invitation has already been used. Ask the team for a new one if you need it."), code="used"
            )
        return membership
    role = role or selectors.suggested_role(user) or invitation.role
    if role not in MemberRole.values:
        raise CoteachingError(_("Choose your role in the team."), code="role")
    _lock_team(invitation.team_id)
    membership, _created = Membership.objects.get_or_create(
        team_id=invitation.team_id, user=user, defaults={"role": role, "joined_at": now}
    )
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(accepted_at=now, accepted_by=user)
    return membership


@transaction.atomic
def invitation_cancel(*, user, invitation_id: int) -> bool:
    """Withdraw an open invitation (any member may). Idempotent."""
    invitation = Invitation.objects.select_related("team__plan").filter(pk=invitation_id).first()
    if invitation is None:
        return False
    _require_member(plan=invitation.team.plan, user=user)
    deleted, _rows = Invitation.objects.filter(pk=invitation_id, accepted_at__isnull=True).delete()
    return bool(deleted)


# --- Members -----------------------------------------------------------------


def _last_of_role_message(role: str) -> str:
    if role == MemberRole.PROFESSIONAL:
        return _(
            "You cannot remove the last professional. A co-teaching team needs at least one professional and one "
            "user representative. Invite another professional first."
        )
    return _(
        "You cannot remove the last user representative. A co-teaching team needs at least one professional and "
        "one user representative. Invite another user representative first."
    )


@transaction.atomic
def member_remove(*, actor, membership_id: int) -> bool:
    """Remove a member (any member may, including themselves). Refuses to
    remove the last professional or the last user representative, with the
    reason. Idempotent: a member already gone returns False."""
    membership = Membership.objects.select_related("team__plan").filter(pk=membership_id).first()
    if membership is None:
        return False
    _require_member(plan=membership.team.plan, user=actor)
    _lock_team(membership.team_id)
    membership = Membership.objects.filter(pk=membership_id).first()
    if membership is None:
        return False
    same_role = Membership.objects.filter(team_id=membership.team_id, role=membership.role).count()
    if same_role <= 1:
        raise CoteachingError(_last_of_role_message(membership.role), code="last_of_role")
    membership.delete()
    return True


# --- Sections (optimistic locking) --------------------------------------------


@transaction.atomic
def section_save(*, user, plan: TeachingPlan, key: str, text: str, base_version: int, now=None) -> PlanSection:
    """Save one section of the plan, if nobody saved it since ``base_version``.

    The write is a conditional UPDATE (… WHERE version = base_version), so of
    two editors who started from the same version exactly one wins; the other
    gets SectionConflict with the saved text and their own. Every save
    increments the version and records a PlanSectionRevision. Saving the text
    the section already has changes nothing (a double submit is harmless)."""
    now = now or timezone.now()
    if key not in SectionKey.values:
        raise CoteachingError(_("This part of the plan does not exist."), code="not_found")
    _require_member(plan=plan, user=user)
    text = _normalise(text)
    _check_length(text, SECTION_MAX_LENGTH)
    section, _created = PlanSection.objects.get_or_create(plan=plan, key=key)
    if section.text == text:
        return section
    updated = PlanSection.objects.filter(pk=section.pk, version=base_version).update(
        text=text, version=F("version") + 1, updated_by=user, updated_at=now
    )
    if not updated:
        current = PlanSection.objects.select_related("updated_by").get(pk=section.pk)
        if current.text == text:
            return current
        raise SectionConflict(section=current, yours=text)
    PlanSectionRevision.objects.create(
        section=section, version=base_version + 1, text=text, author=user, created_at=now
    )
    TeachingPlan.objects.filter(pk=plan.pk).update(updated_at=now)
    return PlanSection.objects.select_related("updated_by").get(pk=section.pk)


# --- Schedule -----------------------------------------------------------------

SESSION_FIELDS = ("title", "date", "start_time", "duration_minutes")
PART_FIELDS = ("title", "minutes", "lead", "description")


def _touch(plan_id: int) -> None:
    TeachingPlan.objects.filter(pk=plan_id).update(updated_at=timezone.now())


def _validated(instance, data: dict, fields, exclude):
    for name in fields:
        if name in data:
            setattr(instance, name, data[name])
    if "description" in data:
        instance.description = _normalise(instance.description)
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        raise CoteachingError(" ".join(error.messages), code="invalid")
    return {name: getattr(instance, name) for name in fields}


@transaction.atomic
def session_create(*, user, plan: TeachingPlan, data: dict) -> PlanSession:
    _require_member(plan=plan, user=user)
    next_order = (PlanSession.objects.filter(plan=plan).aggregate(m=Max("order"))["m"] or 0) + 1
    session = PlanSession(plan=plan, order=next_order)
    _validated(session, data, SESSION_FIELDS, exclude=["plan"])
    session.save()
    _touch(plan.pk)
    return session


def _conditional_update(model, *, pk: int, base_version: int, values: dict):
    updated = model.objects.filter(pk=pk, version=base_version).update(version=F("version") + 1, **values)
    if not updated:
        return None
    return model.objects.get(pk=pk)


@transaction.atomic
def session_update(*, user, session: PlanSession, data: dict, base_version: int) -> PlanSession:
    """Change a session unless someone changed it since ``base_version``
    (ScheduleConflict with the saved session and the submitted values)."""
    _require_member(plan=session.plan, user=user)
    values = _validated(PlanSession(plan_id=session.plan_id), data, SESSION_FIELDS, exclude=["plan"])
    saved = _conditional_update(PlanSession, pk=session.pk, base_version=base_version, values=values)
    if saved is None:
        raise ScheduleConflict(current=PlanSession.objects.filter(pk=session.pk).first(), yours=values)
    _touch(session.plan_id)
    return saved


@transaction.atomic
def session_delete(*, user, session: PlanSession) -> bool:
    _require_member(plan=session.plan, user=user)
    deleted, _rows = PlanSession.objects.filter(pk=session.pk).delete()
    _touch(session.plan_id)
    return bool(deleted)


def _swap(model, queryset, item, direction: str) -> bool:
    items = list(queryset.order_by("order", "pk"))
    for position, row in enumerate(items):
        row.order = position + 1
    index = next(i for i, row in enumerate(items) if row.pk == item.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(items):
        items[index].order, items[other].order = items[other].order, items[index].order
    model.objects.bulk_update(items, ["order"])
    return 0 <= other < len(items)


@transaction.atomic
def session_move(*, user, session: PlanSession, direction: str) -> bool:
    _require_member(plan=session.plan, user=user)
    _lock_team(session.plan.team_id)
    return _swap(PlanSession, PlanSession.objects.filter(plan_id=session.plan_id), session, direction)


@transaction.atomic
def part_create(*, user, session: PlanSession, data: dict) -> SessionPart:
    _require_member(plan=session.plan, user=user)
    next_order = (SessionPart.objects.filter(session=session).aggregate(m=Max("order"))["m"] or 0) + 1
    part = SessionPart(session=session, order=next_order)
    _validated(part, data, PART_FIELDS, exclude=["session"])
    part.save()
    _touch(session.plan_id)
    return part


@transaction.atomic
def part_update(*, user, part: SessionPart, data: dict, base_version: int) -> SessionPart:
    plan = part.session.plan
    _require_member(plan=plan, user=user)
    values = _validated(SessionPart(session_id=part.session_id), data, PART_FIELDS, exclude=["session"])
    saved = _conditional_update(SessionPart, pk=part.pk, base_version=base_version, values=values)
    if saved is None:
        raise ScheduleConflict(current=SessionPart.objects.filter(pk=part.pk).first(), yours=values)
    _touch(plan.pk)
    return saved


@transaction.atomic
def part_delete(*, user, part: SessionPart) -> bool:
    plan = part.session.plan
    _require_member(plan=plan, user=user)
    deleted, _rows = SessionPart.objects.filter(pk=part.pk).delete()
    _touch(plan.pk)
    return bool(deleted)


@transaction.atomic
def part_move(*, user, part: SessionPart, direction: str) -> bool:
    plan = part.session.plan
    _require_member(plan=plan, user=user)
    _lock_team(plan.team_id)
    return _swap(SessionPart, SessionPart.objects.filter(session_id=part.session_id), part, direction)


# --- Comments -----------------------------------------------------------------


@transaction.atomic
def comment_add(*, user, plan: TeachingPlan, text: str, section_key: str = "") -> PlanComment:
    """A comment on the plan or on one section. A double submit within two
    minutes returns the first comment."""
    _require_member(plan=plan, user=user)
    if section_key and section_key not in SectionKey.values:
        raise CoteachingError(_("This part of the plan does not exist."), code="not_found")
    text = _normalise(text).strip()
    if not text:
        raise CoteachingError(_("Write a comment first."), code="empty")
    _check_length(text, COMMENT_MAX_LENGTH)
    duplicate = PlanComment.objects.filter(
        plan=plan,
        author=user,
        section_key=section_key,
        text=text,
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if duplicate is not None:
        return duplicate
    comment = PlanComment.objects.create(plan=plan, author=user, section_key=section_key, text=text)
    return comment


@transaction.atomic
def comment_delete(*, user, comment_id: int) -> bool:
    """Authors may delete their own comments. Idempotent."""
    deleted, _rows = PlanComment.objects.filter(pk=comment_id, author=user).delete()
    return bool(deleted)


# --- Publishing -----------------------------------------------------------------


@transaction.atomic
def plan_publish_as_example(*, user, plan: TeachingPlan, now=None) -> TeachingPlan:
    """Publish the plan in the examples library. Needs a team with at least
    one professional and one user representative. Idempotent: publishing a
    published plan keeps its first publication date."""
    now = now or timezone.now()
    _require_member(plan=plan, user=user)
    _lock_team(plan.team_id)
    counts = selectors.role_counts(team_id=plan.team_id)
    if not all(counts.get(role) for role in MemberRole.values):
        raise CoteachingError(
            _(
                "The plan can be published when the team has at least one professional and one user "
                "representative. Invite the one that is missing first."
            ),
            code="roles_missing",
        )
    TeachingPlan.objects.filter(pk=plan.pk, published_as_example=False).update(
        published_as_example=True, published_at=now
    )
    plan.refresh_from_db()
    return plan


@transaction.atomic
def plan_unpublish(*, user, plan: TeachingPlan) -> TeachingPlan:
    """Take the plan out of the examples library (and off the featured list)."""
    _require_member(plan=plan, user=user)
    TeachingPlan.objects.filter(pk=plan.pk).update(
        published_as_example=False, published_at=None, featured=False, featured_at=None
    )
    plan.refresh_from_db()
    return plan


@transaction.atomic
def plan_set_featured(*, user, plan_id: int, featured: bool, now=None) -> TeachingPlan:
    """NK LMH staff (permission coteaching.feature_example) feature a
    published plan in the examples library, or stop featuring it."""
    if not user.has_perm("coteaching.feature_example"):
        raise CoteachingError(_("You do not have permission to feature examples."), code="forbidden")
    plan = TeachingPlan.objects.select_for_update().filter(pk=plan_id).first()
    if plan is None:
        raise CoteachingError(_("This teaching plan does not exist."), code="not_found")
    if featured and not plan.published_as_example:
        raise CoteachingError(_("Only a published example can be featured."), code="not_published")
    if plan.featured != featured:
        plan.featured = featured
        plan.featured_at = (now or timezone.now()) if featured else None
        plan.save(update_fields=["featured", "featured_at"])
    return plan
