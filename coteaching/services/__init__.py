"""Every write for co-teaching: teams, invitations, members, the plan's
sections (optimistic locking), the schedule, comments and publishing.

Services are keyword-only and atomic. They check that the acting user is in
the plan's team (views have already answered 404 to outsiders; the check here
keeps the rule in one place for every caller). Refusals raise UserError
with a message for the person; a concurrent edit raises SectionConflict or
ScheduleConflict carrying both versions, so nothing anyone typed is lost.

Team rules (Standard metode): a team needs at least one professional and at
least one user representative before its plan can be published, and neither
the last professional nor the last user representative can be removed. The
team row is locked while members change, so two removals at once cannot
together empty a role.

One module per subject (rules, teams, plans, schedule); ``from coteaching
import services`` gives them all.
"""

from coteaching.services.plans import (
    comment_add,
    comment_delete,
    plan_publish_as_example,
    plan_set_featured,
    plan_unpublish,
    section_save,
)
from coteaching.services.rules import ScheduleConflict, SectionConflict
from coteaching.services.schedule import (
    PART_FIELDS,
    SESSION_FIELDS,
    part_create,
    part_delete,
    part_move,
    part_update,
    session_create,
    session_delete,
    session_move,
    session_update,
)
from coteaching.services.teams import (
    INVITATION_VALID_DAYS,
    invitation_accept,
    invitation_cancel,
    invitation_create,
    invitation_problem,
    invitation_send_email,
    member_remove,
    plan_rename,
    team_create,
)

__all__ = [
    "INVITATION_VALID_DAYS",
    "PART_FIELDS",
    "SESSION_FIELDS",
    "ScheduleConflict",
    "SectionConflict",
    "comment_add",
    "comment_delete",
    "invitation_accept",
    "invitation_cancel",
    "invitation_create",
    "invitation_problem",
    "invitation_send_email",
    "member_remove",
    "part_create",
    "part_delete",
    "part_move",
    "part_update",
    "plan_publish_as_example",
    "plan_rename",
    "plan_set_featured",
    "plan_unpublish",
    "section_save",
    "session_create",
    "session_delete",
    "session_move",
    "session_update",
    "team_create",
]
