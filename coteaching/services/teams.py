"""Teams: creating a team with its plan, invitations and members. A team
keeps at least one professional and one user representative."""

from __future__ import annotations

import datetime

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import TEACHING_ROLE_VALUES, Role
from coteaching import emails, selectors
from coteaching.models import (
    Invitation,
    Membership,
    PlanSection,
    SectionKey,
    TeachingPlan,
    Team,
)
from coteaching.services.rules import (
    lock_team,
    require_member,
)
from elearning import outbox, user_cache
from elearning.errors import BadLink, NotYours, UserError
from elearning.submit import create_once
from elearning.text import normalise_email, single_line

INVITATION_VALID_DAYS = 14


@transaction.atomic
def team_create(
    *, user, name: str, plan_title: str, role: str | None = None, submit_key: str | None = None
) -> TeachingPlan:
    """Create a team with its (empty) plan; the creator becomes its first
    member, in ``role`` or the role their profile gives. The same form sent
    twice (same ``submit_key``, see elearning.submit) returns the first plan."""
    name = single_line(name)
    plan_title = single_line(plan_title) or name
    role = role or selectors.suggested_role(user)
    if role not in TEACHING_ROLE_VALUES:
        raise UserError(_("Choose your role in the team."), code="role")

    def create() -> Team:
        team = Team(name=name, created_by=user, submit_key=submit_key or None)
        team.full_clean(exclude=["submit_key"])  # the insert decides (elearning.submit)
        team.save()
        return team

    team, created = create_once(Team, owner={"created_by": user}, submit_key=submit_key, create=create)
    if not created:
        return TeachingPlan.objects.select_related("team").get(team=team)
    Membership.objects.create(team=team, user=user, role=role)
    plan = TeachingPlan(team=team, title=plan_title)
    plan.full_clean()
    plan.save()
    PlanSection.objects.bulk_create([PlanSection(plan=plan, key=key) for key in SectionKey.values])
    return plan


@transaction.atomic
def plan_rename(*, user, plan: TeachingPlan, title: str, team_name: str | None = None) -> TeachingPlan:
    require_member(plan=plan, user=user)
    plan.title = single_line(title)
    plan.full_clean(exclude=["team"])
    plan.save(update_fields=["title", "updated_at"])
    team_name = single_line(team_name)
    if team_name:
        Team.objects.filter(pk=plan.team_id).update(name=team_name)
        user_cache.bump_shared("coteaching")
        plan.team.name = team_name
    return plan


def _user_has_email(user, email: str) -> bool:
    email = normalise_email(email)
    if normalise_email(user.email) == email:
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


@transaction.atomic
def invitation_create(
    *,
    team: Team,
    invited_by,
    email: str,
    role: str,
    language: str = "",
    now: datetime.datetime | None = None,
    submit_key: str | None = None,
) -> Invitation:
    """Invite an e-mail address into the team and e-mail the link (after
    commit). Inviting an address that already has an open invitation renews
    that invitation: new token, new expiry, new e-mail; the old link stops
    working. The same form sent twice (same ``submit_key``, see
    elearning.submit) returns the invitation the first one issued, and
    neither renews it nor sends a second e-mail. Refuses outsiders and
    addresses of existing members."""
    now = now or timezone.now()
    plan = TeachingPlan.objects.get(team=team)
    require_member(plan=plan, user=invited_by)
    email = normalise_email(email)
    if role not in TEACHING_ROLE_VALUES:
        raise UserError(_("Choose the role of the person you invite."), code="role", field="role")
    lock_team(team.pk)
    if Membership.objects.filter(team=team, user__email__iexact=email).exists():
        raise UserError(
            _("%(email)s is already a member of the team.") % {"email": email}, code="member", field="email"
        )

    def issue() -> Invitation:
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
        invitation.submit_key = submit_key or None
        if language:
            invitation.language = language
        # The database decides on submit_key and the one open invitation per address.
        invitation.full_clean(validate_constraints=False)
        invitation.save()
        return invitation

    invitation, issued = create_once(Invitation, owner={"team": team}, submit_key=submit_key, create=issue)
    if issued:
        # One e-mail per issue of the invitation: a renewal has a new token.
        outbox.enqueue(
            "coteaching.tasks.send_invitation", invitation.pk, key=f"coteaching.invitation:{invitation.token}"
        )
    return invitation


def invitation_send_email(*, invitation_id: int) -> bool:
    """E-mail the invitation link once per issue of the invitation: sent
    only while emailed_at is empty, recorded after the mail server took it
    (the outbox runs one delivery at a time). Skips used and expired
    invitations. Returns whether this call sent it."""
    invitation = Invitation.objects.select_related("team__plan", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at or invitation.is_expired() or invitation.emailed_at:
        return False
    emails.build_invitation_email(invitation).send()
    Invitation.objects.filter(pk=invitation_id, token=invitation.token, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    return True


def invitation_problem(*, invitation: Invitation | None, user=None, now=None) -> UserError | None:
    """Why this invitation cannot be accepted (by ``user``), or None."""
    now = now or timezone.now()
    if invitation is None:
        return BadLink(
            _("This invitation link is not valid. Check that you copied the whole link from the e-mail."),
            code="invalid",
        )
    if invitation.accepted_at is not None:
        if user is not None and invitation.accepted_by_id == getattr(user, "pk", None):
            return None
        return BadLink(
            _("This invitation has already been used. Ask the team for a new one if you need it."), code="used"
        )
    if invitation.is_expired(now):
        return BadLink(
            _("This invitation has expired. Ask the person who invited you to send a new one."), code="expired"
        )
    if user is not None and getattr(user, "is_authenticated", False) and not _user_has_email(user, invitation.email):
        return NotYours(
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
            raise UserError(
                _("This invitation has already been used. Ask the team for a new one if you need it."), code="used"
            )
        return membership
    role = role or selectors.suggested_role(user) or invitation.role
    if role not in TEACHING_ROLE_VALUES:
        raise UserError(_("Choose your role in the team."), code="role")
    lock_team(invitation.team_id)
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
    require_member(plan=invitation.team.plan, user=user)
    deleted, _rows = Invitation.objects.filter(pk=invitation_id, accepted_at__isnull=True).delete()
    return bool(deleted)


def _last_of_role_message(role: str) -> str:
    if role == Role.PROFESSIONAL:
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
    require_member(plan=membership.team.plan, user=actor)
    lock_team(membership.team_id)
    membership = Membership.objects.filter(pk=membership_id).first()
    if membership is None:
        return False
    same_role = Membership.objects.filter(team_id=membership.team_id, role=membership.role).count()
    if same_role <= 1:
        raise UserError(_last_of_role_message(membership.role), code="last_of_role")
    membership.delete()
    return True
