"""Thin views for cohort courses: the learner's cohort page and the leader's
group page. Whoever is not in a cohort or group gets 404."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cohorts import selectors


@require_GET
def cohort(request, cohort_id: int):
    """The cohort page: public facts for a published cohort, the timeline
    with meeting links and pre-work for participants and leaders."""
    page = selectors.cohort_page(user=request.user, cohort_id=cohort_id, request=request)
    if page is None:
        raise Http404
    return render(request, "cohorts/cohort.html", {"page": page, "cohort": page.cohort})


@require_GET
@login_required
def group(request, cohort_id: int, group_id: int):
    """A local group's members with their progress, for its leaders only."""
    found = selectors.group_for_leader(user=request.user, cohort_id=cohort_id, group_id=group_id)
    if found is None:
        raise Http404
    return render(
        request,
        "cohorts/group.html",
        {"group": found, "cohort": found.cohort, "rows": selectors.group_members(group=found)},
    )
