"""Co-teaching's part of "Mine data" (see accounts.privacy).

Erasing a person removes them from their teams and deletes their comments
and the invitations sent to their address. The plan text they wrote belongs
to the team's shared work: it stays for the remaining members, with the
author set to NULL. A team left with no members and an unpublished plan can
no longer be opened by anyone, so it is deleted."""

from django.db.models import Q

from coteaching.models import Invitation, Membership, PlanComment, PlanSection, PlanSectionRevision, Team


def export_user_data(user) -> tuple[str, dict]:
    return "coteaching", {
        "teams": [
            {
                "team": m.team.name,
                "teaching_plan": m.team.plan.title,
                "role": m.role,
                "joined_at": m.joined_at.isoformat(),
            }
            for m in Membership.objects.filter(user=user).select_related("team__plan")
        ],
        "plan_text_you_saved": [
            {
                "teaching_plan": r.section.plan.title,
                "section": r.section.key,
                "version": r.version,
                "text": r.text,
                "saved_at": r.created_at.isoformat(),
            }
            for r in PlanSectionRevision.objects.filter(author=user)
            .select_related("section__plan")
            .order_by("created_at", "pk")
        ],
        "comments": [
            {
                "teaching_plan": c.plan.title,
                "section": c.section_key or None,
                "text": c.text,
                "written_at": c.created_at.isoformat(),
            }
            for c in PlanComment.objects.filter(author=user).select_related("plan").order_by("created_at", "pk")
        ],
        "invitations_you_sent": [
            {"team": i.team.name, "role": i.role, "sent_at": i.created_at.isoformat(), "accepted": bool(i.accepted_at)}
            for i in Invitation.objects.filter(invited_by=user).select_related("team").order_by("created_at", "pk")
        ],
    }


def erase_user_data(user) -> None:
    team_ids = list(Membership.objects.filter(user=user).values_list("team_id", flat=True))
    Membership.objects.filter(user=user).delete()
    PlanComment.objects.filter(author=user).delete()
    Invitation.objects.filter(email__iexact=user.email).delete()
    Invitation.objects.filter(invited_by=user).update(invited_by=None)
    Invitation.objects.filter(accepted_by=user).update(accepted_by=None)
    PlanSection.objects.filter(updated_by=user).update(updated_by=None)
    PlanSectionRevision.objects.filter(author=user).update(author=None)
    Team.objects.filter(created_by=user).update(created_by=None)
    Team.objects.filter(pk__in=team_ids, memberships__isnull=True).filter(
        Q(plan__isnull=True) | Q(plan__published_as_example=False)
    ).delete()
