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
from django.utils.safestring import SafeString
from wagtail import hooks

from cohorts import selectors
from cohorts.cache import ATTENDANCE, PEOPLE
from cohorts.selectors.timeline import CohortPage
from elearning import user_cache
from modules.learner_html import _fill_csrf, _render, _scope

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
    html = _render(request, "cohorts/partials/cohort_body.html", context)
    return Content(f"{cohort.title} – {cohort.course.title}", html, _changes_at(page, now))


def _still_valid(value: Content | None) -> bool:
    return value is None or value.until is None or timezone.now().timestamp() < value.until


def _cacheable(request) -> bool:
    user = request.user
    return user.is_authenticated and not (user.is_staff or user.is_superuser)


def cohort_page(request, cohort_id: int) -> tuple[str, SafeString] | None:
    """The cohort page's title and content for ``request``'s viewer, or None
    (→ 404) if they may not see it."""
    name = f"cohorts:page:{cohort_id}:{request.scheme}:{_scope(request)}"
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
    return content.title, _fill_csrf(request, content.html)
