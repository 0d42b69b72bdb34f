"""The cohort page's content for a signed-in participant or leader,
rendered once per state of the viewer (as modules.learner_html does for the
course pages).

What the page shows is read under versions (elearning.user_cache): the
viewer's own (their seat is read with "cohorts", their course progress and
evaluation answers under their user version), the course days, parts and
pre-work under the content version (cohorts.cache), and what others write
under shared versions: "cohorts" (the cohort, its leaders, groups and
seats), "cohorts:attendance" (a leader marking attendance), "cohorts:people"
(the leaders' names), "assignments" (assignments and submissions),
"coteaching" (the teams that submit a final plan together) and
"evaluations" (the forms). The entry is per site, scheme, language and day,
and holds only until the next moment the page changes by itself: a course
day starting or ending, enrolment opening or closing, or what a
``cohort_participant_items`` hook says (ParticipantItems.changes_at).

Staff are never cached: what they may see follows their permissions, which
no version covers. Anonymous visitors get the page rendered afresh. The
CSRF token is put in on every request; Django's messages are in the base
template, outside the cached content."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

from cohorts import selectors
from cohorts.cache import ATTENDANCE, MESSAGES, PEOPLE
from cohorts.models import ParticipantStatus
from cohorts.selectors.timeline import CohortPage
from elearning import user_cache
from elearning.fragments import fill_csrf, render_with_csrf_hole

LEADER_LINKS_HOOK = "cohort_leader_links"  # fn(*, user, cohort) -> list[dict(label, url)]
SHARED = ("cohorts", ATTENDANCE, PEOPLE, "assignments", "coteaching", "evaluations")


@dataclass(frozen=True)
class Content:
    """The page's title and its content (with the CSRF hole), and until when it holds (a timestamp or None)."""

    title: str
    html: str
    until: float | None


def _changes_at(page: CohortPage, now: datetime.datetime) -> float | None:
    """The next moment the page changes by itself: a day starting or ending,
    enrolment opening or closing, or what a hook's items say."""
    cohort = page.cohort
    moments = [cohort.enrolment_opens_at, cohort.enrolment_closes_at, *page.changes_at]
    for item in page.days:
        moments += [item.day.starts_at, item.day.ends_at]
    future = [moment for moment in moments if moment is not None and moment > now]
    return min(future).timestamp() if future else None


def _content(request, cohort_id: int) -> Content | None:
    now = timezone.now()
    page = selectors.cohort_page(user=request.user, cohort_id=cohort_id, request=request, now=now)
    if page is None:
        return None
    cohort = page.cohort
    context = {"page": page, "cohort": cohort}
    if page.is_leader:
        context["leader_links"] = [
            link for fn in hooks.get_hooks(LEADER_LINKS_HOOK) for link in fn(user=request.user, cohort=cohort)
        ]
    html = render_with_csrf_hole(request, "cohorts/partials/cohort_body.html", context)
    return Content(f"{cohort.title} – {cohort.course.title}", html, _changes_at(page, now))


def _still_valid(value: Content | None) -> bool:
    return value is None or value.until is None or timezone.now().timestamp() < value.until


def _cacheable(request) -> bool:
    user = request.user
    return user.is_authenticated and not (user.is_staff or user.is_superuser)


def cohort_page(request, cohort_id: int) -> tuple[str, SafeString] | None:
    """The cohort page's title and content for ``request``'s viewer, or None
    (→ 404) if they may not see it."""
    name = f"cohorts:page:{cohort_id}:{request.scheme}:{user_cache.page_scope(request)}"
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # fetched with the user, in one round trip
        user_cache.read_ahead([(name, SHARED)])
    if not _cacheable(request):
        content = _content(request, cohort_id)
    else:
        entry = user_cache.Entry(
            name, partial(_content, request, cohort_id), shared=SHARED, content=True, valid=_still_valid
        )
        (content,) = user_cache.get_all(request.user.pk, [entry])
    if content is None:
        return None
    return content.title, fill_csrf(request, content.html)


# --- The group page -------------------------------------------------------------------

FORM_HOLE = "cohortsgroupmessageformhole"
# What the group page shows that others write: seats and groups, attendance, names, the assignment cells
# (submissions, teams), the messages; each member's progress and quiz results are under their user version.
GROUP_SHARED = ("cohorts", ATTENDANCE, PEOPLE, MESSAGES, "assignments", "coteaching")


@dataclass(frozen=True)
class GroupContent:
    """The group page's title and content (with the CSRF and form holes), and the members' user ids it shows."""

    title: str
    html: str
    member_ids: tuple[int, ...]


def _group_context(group) -> dict:
    return {
        "group": group,
        "cohort": group.cohort,
        "rows": selectors.group_members(group=group),
        "days": selectors.cohort_days(cohort=group.cohort),
        "group_messages": selectors.group_messages(group=group),
    }


def group_title(group) -> str:
    return f"{group.name} – {group.cohort.title}"


def _led_by_role(request, cohort_id: int, group_id: int) -> tuple[int, ...] | None:
    """The group's confirmed members' user ids, if the viewer leads it by
    their role (its leader or co-leader, or a course leader of its cohort:
    rows under the "cohorts" version); else None (→ read afresh, with the
    permission check)."""
    group = selectors.group_for_leader(user=request.user, cohort_id=cohort_id, group_id=group_id)
    if group is None:
        return None
    user = request.user
    if user.pk not in (group.leader_id, group.co_leader_id) and not group.cohort.leaders.filter(user=user).exists():
        return None
    members = group.members.filter(status=ParticipantStatus.CONFIRMED).values_list("user_id", flat=True)
    return tuple(sorted(members))


def _group_content(request, cohort_id: int, group_id: int) -> GroupContent | None:
    group = selectors.group_for_leader(user=request.user, cohort_id=cohort_id, group_id=group_id)
    if group is None:
        return None
    context = _group_context(group) | {"message_form_html": mark_safe(FORM_HOLE)}  # noqa: S308 (ours)
    html = render_with_csrf_hole(request, "cohorts/partials/group_body.html", context)
    member_ids = tuple(sorted(row.participant.user_id for row in context["rows"]))
    return GroupContent(group_title(group), html, member_ids)


def group_page(request, cohort_id: int, group_id: int, *, form_html) -> tuple[str, SafeString] | None:
    """The group page's title and content for a leader, or None (→ 404) if
    they do not lead it; ``form_html()`` renders the message form (its CSRF hole filled here too).
    Kept per leader under the group's shared versions and the user version
    of each member, read in two round trips: who the members are, then the
    page."""
    if not _cacheable(request):
        content = _group_content(request, cohort_id, group_id)
    else:
        scope = f"{cohort_id}:{group_id}:{request.scheme}:{user_cache.page_scope(request)}"
        members_entry = user_cache.Entry(
            f"cohorts:group-members:{scope}", partial(_led_by_role, request, cohort_id, group_id), shared=("cohorts",)
        )
        (member_ids,) = user_cache.get_all(request.user.pk, [members_entry])
        if member_ids is None:  # not a leader by role: read afresh, with the permission check
            content = _group_content(request, cohort_id, group_id)
        else:
            entry = user_cache.Entry(
                f"cohorts:group:{scope}",
                partial(_group_content, request, cohort_id, group_id),
                shared=GROUP_SHARED,
                content=True,
                users=member_ids,
                # Stored for the members it shows: one who joined since is read with their version.
                valid=lambda value: value is not None and value.member_ids == member_ids,
            )
            (content,) = user_cache.get_all(request.user.pk, [entry])
    if content is None:
        return None
    return content.title, fill_csrf(request, content.html.replace(FORM_HOLE, form_html()))
