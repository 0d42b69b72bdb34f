"""Co-teaching pages. Thin views: read input, call one service or selector,
render. Every action is a plain form POST; the plan's sections also edit in
place with htmx (the same URLs answer with a partial when request.htmx).

Only team members see a plan that is not published: for anyone else the
plan's URLs answer 404, so an outsider cannot tell that it exists.

One module per subject (plans, teams, schedule, examples); coteaching.urls
finds every view here."""

from coteaching.views.examples import example_detail, example_pdf, examples
from coteaching.views.plans import (
    comment_add,
    comment_delete,
    my_plans,
    plan_detail,
    plan_pdf,
    plan_print,
    section_detail,
    section_edit,
    section_history,
    section_restore,
    team_create,
)
from coteaching.views.schedule import (
    part_add,
    part_delete,
    part_edit,
    part_move,
    schedule,
    session_add,
    session_delete,
    session_edit,
    session_move,
)
from coteaching.views.teams import (
    invitation_accept,
    invitation_cancel,
    invite,
    member_remove,
    plan_rename,
    publish,
    team,
)

__all__ = [
    "comment_add",
    "comment_delete",
    "example_detail",
    "example_pdf",
    "examples",
    "invitation_accept",
    "invitation_cancel",
    "invite",
    "member_remove",
    "my_plans",
    "part_add",
    "part_delete",
    "part_edit",
    "part_move",
    "plan_detail",
    "plan_pdf",
    "plan_print",
    "plan_rename",
    "publish",
    "schedule",
    "section_detail",
    "section_edit",
    "section_history",
    "section_restore",
    "session_add",
    "session_delete",
    "session_edit",
    "session_move",
    "team",
    "team_create",
]
