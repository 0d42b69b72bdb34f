"""The assignment pages and the cohort hooks run a constant number of
queries, whatever the number of days, assignments, submissions, files,
feedback or members."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments import selectors, services
from assignments.models import Decision, Visibility
from tests.assignments.conftest import make_world
from tests.factories.assignments import AssignmentFactory, pdf
from tests.factories.cohorts import CourseDayFactory, ParticipantFactory

# The learner page runs 16 today (4 of them the site header and session); room for the site chrome.
MAX_QUERIES = 20


def _grow(world, *, extra_members: int, extra_days: int, files: int, rounds: int):
    """A world with more of everything, and a learner with a submission that
    has ``files`` files and ``rounds`` rounds of feedback."""
    for number in range(4, 4 + extra_days):
        CourseDayFactory(cohort=world.cohort, number=number)
    members = [ParticipantFactory(cohort=world.cohort, group=world.group) for _ in range(extra_members)]
    assignments = [
        AssignmentFactory(cohort=world.cohort, after_day=day, visibility=Visibility.GROUP, allow_comments=True)
        for day in world.days
    ]
    first = assignments[0]
    submission = services.submission_save(
        user=world.learner.user, assignment_id=first.pk, text="Svar", base_version=0, submit=True,
        uploads=[pdf() for _ in range(files)],
    )  # fmt: skip
    for index in range(rounds):
        submission = services.feedback_give(
            user=world.group_leader, submission_id=submission.pk, text=f"Runde {index}",
            decision=Decision.REVISION, base_version=submission.version,
        )  # fmt: skip
        submission = services.submission_save(
            user=world.learner.user, assignment_id=first.pk, text=f"Svar {index}", base_version=submission.version,
            submit=True,
        )  # fmt: skip
    for member in members:
        services.submission_save(user=member.user, assignment_id=first.pk, text="Mitt", base_version=0, submit=True)
    return first, submission


def _counts(client, world, first, submission) -> dict[str, int]:
    pages = {
        "assignment (learner)": (world.learner.user, reverse("assignments:assignment", args=[first.pk])),
        "submission (leader)": (world.group_leader, reverse("assignments:submission", args=[submission.pk])),
        "waiting (leader)": (world.group_leader, reverse("assignments:waiting")),
    }
    counts = {}
    for name, (user, url) in pages.items():
        client.force_login(user)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
    days = list(world.cohort.days.all())
    members = list(world.group.members.all())
    with CaptureQueriesContext(connection) as queries:
        selectors.timeline_items(user=world.learner.user, cohort=world.cohort, days=days)
    counts["timeline hook"] = len(queries)
    with CaptureQueriesContext(connection) as queries:
        selectors.group_columns(cohort=world.cohort, members=members)
    counts["group hook"] = len(queries)
    with CaptureQueriesContext(connection) as queries:
        selectors.completion_requirements(user=world.learner.user, cohort=world.cohort)
    counts["completion hook"] = len(queries)
    return counts


def test_pages_and_hooks_run_as_many_queries_for_a_larger_cohort(client, course):
    small_world = make_world(course)
    small = _counts(client, small_world, *_grow(small_world, extra_members=0, extra_days=0, files=1, rounds=1))
    large_world = make_world(course)
    large = _counts(client, large_world, *_grow(large_world, extra_members=6, extra_days=3, files=3, rounds=3))
    assert large == small
    assert max(small.values()) <= MAX_QUERIES, small
