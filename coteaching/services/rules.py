"""What every co-teaching write shares: refusals and conflicts, the check
that the acting user is in the plan's team, the team lock, text limits."""

from __future__ import annotations

from django.utils.translation import gettext as _

from coteaching import selectors
from coteaching.models import (
    Membership,
    PlanSection,
    TeachingPlan,
    Team,
)
from elearning.errors import EditConflict, UserError, length_and_limit


class SectionConflict(EditConflict):
    """Someone saved the section after this editor opened it. Carries the
    saved text (theirs) and the text this editor sent (yours): the caller
    shows both so the person can merge and save again on top of
    ``section.version``."""

    def __init__(self, *, section: PlanSection, yours: str):
        super().__init__(
            _("Someone else saved this part while you were writing. Compare, merge and save again."),
            current=section,
            yours=yours,
        )
        self.section = section
        self.theirs = section.text
        self.yours = yours
        self.version = section.version


class ScheduleConflict(EditConflict):
    """A session or part changed (or was deleted) after this editor opened it."""

    def __init__(self, *, current, yours: dict):
        super().__init__(
            _("Someone else changed this while you were editing. Check the saved version and save again."),
            current=current,
            yours=yours,
        )


def require_member(*, plan: TeachingPlan, user) -> Membership:
    membership = selectors.membership_for(plan=plan, user=user)
    if membership is None:
        raise UserError(_("Only the members of the team can do this."), code="forbidden")
    return membership


def lock_team(team_id: int) -> Team:
    return Team.objects.select_for_update().get(pk=team_id)


def check_length(text: str, limit: int, *, field: str = "text") -> None:
    if len(text) > limit:
        raise UserError(
            _("The text is too long: %(length)s characters. The limit is %(limit)s.")
            % length_and_limit(len(text), limit),
            code="too_long",
            field=field,
        )
