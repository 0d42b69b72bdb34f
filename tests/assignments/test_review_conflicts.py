"""What the second of two leaders sees when the first decided on a submission
while the second was writing: a 409 with the first one's feedback, the
conflict message, and the second one's own form as they sent it (text,
decision, rubric), now based on the current version so sending again goes
through. Pinned for the feedback form and the final plan's rubric alike."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from accounts.models import Role
from assignments import services
from assignments.models import AssignmentKind, Decision, RubricCriterion, RubricLevel, SubmissionStatus
from tests.factories.accounts import PASSWORD
from tests.factories.assignments import AssignmentFactory, pdf
from tests.factories.coteaching import MembershipFactory, TeachingPlanFactory
from tests.i18n import nb


class _FormState(HTMLParser):
    """The values a browser would send from the page: inputs, checked radios, textareas."""

    def __init__(self):
        super().__init__()
        self.values: dict[str, str] = {}
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") != "radio" or "checked" in attrs:
                self.values[attrs["name"]] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.values[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.values[self._textarea] = self.values[self._textarea].strip("\n")
            self._textarea = None


def form_state(html: str, box_id: str) -> dict[str, str]:
    """The values of the form in the box ``box_id`` (the page has other forms)."""
    start = html.index(f'id="{box_id}"')
    parser = _FormState()
    parser.feed(html[start : html.index("</form>", start)])
    return parser.values


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    return client


@pytest.mark.parametrize("htmx", [True, False])
def test_the_second_leaders_feedback_comes_back_on_the_current_version(client, world, assignment, htmx):
    submitted = services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Mitt svar", base_version=0, submit=True,
        uploads=[pdf()],
    )  # fmt: skip
    opened_at = submitted.version
    first = services.feedback_give(
        user=world.group_leader, submission_id=submitted.pk, text="Fint observert!", decision=Decision.FEEDBACK,
        base_version=opened_at,
    )  # fmt: skip
    login(client, world.course_leader)
    data = {"text": "Mine innspill\r\nom rammene", "decision": Decision.REVISION, "base_version": str(opened_at)}
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(reverse("assignments:feedback", args=[submitted.pk]), data, **extra)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Fint observert!" in html
    assert (
        nb(
            "Another leader gave feedback on this submission while you were writing. Read it above; "
            "your own text is kept in the box, so you can send it as well."
        )
        in html
    )
    state = form_state(html, "feedback-form")
    assert state["text"] == "Mine innspill\nom rammene"
    assert state["decision"] == Decision.REVISION
    assert state["base_version"] == str(first.version)
    # Sent again as the page now stands, it goes through.
    state.pop("csrfmiddlewaretoken", None)
    again = client.post(reverse("assignments:feedback", args=[submitted.pk]), state)
    assert again.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.REVISION_REQUESTED


@pytest.mark.parametrize("htmx", [True, False])
def test_the_second_leaders_assessment_comes_back_on_the_current_version(client, world, htmx):
    final = AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN)
    plan = TeachingPlanFactory()
    MembershipFactory(team=plan.team, user=world.learner.user, role=Role.PROFESSIONAL)
    MembershipFactory(team=plan.team, user=world.peer.user, role=Role.USER_REPRESENTATIVE)
    submitted = services.final_plan_submit(
        user=world.learner.user, assignment_id=final.pk, plan_id=plan.pk, text="", base_version=0
    )
    opened_at = submitted.version
    other_leader = world.cohort.leaders.get(role=Role.USER_REPRESENTATIVE).user
    first = services.final_plan_assess(
        user=other_leader, submission_id=submitted.pk,
        scores=dict.fromkeys(RubricCriterion.values, (RubricLevel.MET, "")), text="Godt arbeid.",
        decision=Decision.FEEDBACK, base_version=opened_at,
    )  # fmt: skip
    login(client, world.course_leader)
    data = {"text": "Samlet vurdering", "decision": Decision.REVISION, "base_version": str(opened_at)}
    for criterion in RubricCriterion.values:
        data[criterion] = str(RubricLevel.NOT_YET)
        data[f"{criterion}_feedback"] = f"Om {criterion}"
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(reverse("assignments:assess", args=[submitted.pk]), data, **extra)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Godt arbeid." in html
    assert (
        nb(
            "Another leader gave feedback on this submission while you were writing. Read it above; "
            "your own text is kept in the box, so you can send it as well."
        )
        in html
    )
    state = form_state(html, "assess-form")
    assert state["base_version"] == str(first.version)
    for name, value in data.items():
        if name != "base_version":
            assert state[name] == value, name
    state.pop("csrfmiddlewaretoken", None)
    again = client.post(reverse("assignments:assess", args=[submitted.pk]), state)
    assert again.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.REVISION_REQUESTED
