""" "Mine kurs" keeps a leader's count of waiting submissions per leader
(modules.learner_html, user_cache.reads("cohorts", "assignments")): a
participant's submission and the leader's feedback show on the leader's next
request."""

from django.urls import reverse

from assignments import services
from assignments.models import Decision

DASHBOARD = reverse("modules:dashboard")
WAITING = reverse("assignments:waiting")


def test_a_submission_and_its_feedback_show_on_the_leaders_next_request(client, world, assignment):
    client.force_login(world.group_leader)
    assert WAITING not in client.get(DASHBOARD).content.decode()
    submission = services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Min refleksjon", base_version=0, submit=True
    )
    assert WAITING in client.get(DASHBOARD).content.decode()
    services.feedback_give(  # a conditional queryset update
        user=world.group_leader, submission_id=submission.pk, text="Godt skrevet.", decision=Decision.FEEDBACK,
        base_version=submission.version,
    )  # fmt: skip
    assert WAITING not in client.get(DASHBOARD).content.decode()
