"""The plan's text: sections (optimistic locking, with their history),
comments, and publishing the plan as an example."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import TEACHING_ROLE_VALUES
from coteaching import selectors
from coteaching.models import (
    COMMENT_MAX_LENGTH,
    SECTION_MAX_LENGTH,
    PlanComment,
    PlanSection,
    PlanSectionRevision,
    SectionKey,
    TeachingPlan,
)
from coteaching.services.rules import (
    SectionConflict,
    check_length,
    lock_team,
    require_member,
)
from elearning import user_cache
from elearning.errors import UserError
from elearning.locking import update_if_version
from elearning.submit import create_once
from elearning.text import multiline


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
        raise UserError(_("This part of the plan does not exist."), code="not_found")
    require_member(plan=plan, user=user)
    text = multiline(text)
    check_length(text, SECTION_MAX_LENGTH)
    section, _created = PlanSection.objects.get_or_create(plan=plan, key=key)
    if section.text == text:
        return section
    if not update_if_version(
        PlanSection.objects, pk=section.pk, version=base_version, text=text, updated_by=user, updated_at=now
    ):
        current = PlanSection.objects.select_related("updated_by").get(pk=section.pk)
        if current.text == text:
            return current
        raise SectionConflict(section=current, yours=text)
    PlanSectionRevision.objects.create(
        section=section, version=base_version + 1, text=text, author=user, created_at=now
    )
    TeachingPlan.objects.filter(pk=plan.pk).update(updated_at=now)
    user_cache.bump_shared("coteaching")  # "Mine kurs" lists the plans, the last changed first
    return PlanSection.objects.select_related("updated_by").get(pk=section.pk)


@transaction.atomic
def comment_add(
    *, user, plan: TeachingPlan, text: str, section_key: str = "", submit_key: str | None = None
) -> PlanComment:
    """A comment on the plan or on one section. The same form sent twice
    (same ``submit_key``, see elearning.submit) returns the first comment."""
    require_member(plan=plan, user=user)
    if section_key and section_key not in SectionKey.values:
        raise UserError(_("This part of the plan does not exist."), code="not_found")
    text = multiline(text).strip()
    if not text:
        raise UserError(_("Write a comment first."), code="empty", field="text")
    check_length(text, COMMENT_MAX_LENGTH)
    comment, _created = create_once(
        PlanComment,
        owner={"author": user},
        submit_key=submit_key,
        create=lambda: PlanComment.objects.create(
            plan=plan, author=user, section_key=section_key, text=text, submit_key=submit_key or None
        ),
    )
    return comment


@transaction.atomic
def comment_delete(*, user, comment_id: int) -> bool:
    """Authors may delete their own comments. Idempotent."""
    deleted, _rows = PlanComment.objects.filter(pk=comment_id, author=user).delete()
    return bool(deleted)


@transaction.atomic
def plan_publish_as_example(*, user, plan: TeachingPlan, now=None) -> TeachingPlan:
    """Publish the plan in the examples library. Needs a team with at least
    one professional and one user representative. Idempotent: publishing a
    published plan keeps its first publication date."""
    now = now or timezone.now()
    require_member(plan=plan, user=user)
    lock_team(plan.team_id)
    counts = selectors.role_counts(team_id=plan.team_id)
    if not all(counts.get(role) for role in TEACHING_ROLE_VALUES):
        raise UserError(
            _(
                "The plan can be published when the team has at least one professional and one user "
                "representative. Invite the one that is missing first."
            ),
            code="roles_missing",
        )
    TeachingPlan.objects.filter(pk=plan.pk, published_as_example=False).update(
        published_as_example=True, published_at=now
    )
    user_cache.bump_shared("coteaching")
    plan.refresh_from_db()
    return plan


@transaction.atomic
def plan_unpublish(*, user, plan: TeachingPlan) -> TeachingPlan:
    """Take the plan out of the examples library (and off the featured list)."""
    require_member(plan=plan, user=user)
    TeachingPlan.objects.filter(pk=plan.pk).update(
        published_as_example=False, published_at=None, featured=False, featured_at=None
    )
    user_cache.bump_shared("coteaching")
    plan.refresh_from_db()
    return plan


@transaction.atomic
def plan_set_featured(*, user, plan_id: int, featured: bool, now=None) -> TeachingPlan:
    """NK LMH staff (permission coteaching.feature_example) feature a
    published plan in the examples library, or stop featuring it."""
    if not user.has_perm("coteaching.feature_example"):
        raise UserError(_("You do not have permission to feature examples."), code="forbidden")
    plan = TeachingPlan.objects.select_for_update().filter(pk=plan_id).first()
    if plan is None:
        raise UserError(_("This teaching plan does not exist."), code="not_found")
    if featured and not plan.published_as_example:
        raise UserError(_("Only a published example can be featured."), code="not_published")
    if plan.featured != featured:
        plan.featured = featured
        plan.featured_at = (now or timezone.now()) if featured else None
        plan.save(update_fields=["featured", "featured_at"])
    return plan
