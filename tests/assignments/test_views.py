import pytest
from django.urls import reverse

from accounts.models import Role
from assignments import services
from assignments.models import TEXT_MAX_LENGTH, AssignmentKind, Decision, SubmissionStatus, Visibility
from tests.factories.accounts import PASSWORD
from tests.factories.assignments import PNG_BYTES, AssignmentFactory, pdf, upload
from tests.factories.coteaching import MembershipFactory, TeachingPlanFactory
from tests.i18n import nb


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)
    return client


@pytest.fixture
def submitted(world, assignment):
    return services.submission_save(
        user=world.learner.user, assignment_id=assignment.pk, text="Mitt svar", base_version=0, submit=True,
        uploads=[pdf()],
    )  # fmt: skip


@pytest.fixture
def final_submission(world):
    final = AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN)
    plan = TeachingPlanFactory()
    MembershipFactory(team=plan.team, user=world.learner.user, role=Role.PROFESSIONAL)
    MembershipFactory(team=plan.team, user=world.peer.user, role=Role.USER_REPRESENTATIVE)
    return services.final_plan_submit(
        user=world.learner.user, assignment_id=final.pk, plan_id=plan.pk, text="", base_version=0
    )


def urls(assignment, submission, final_submission):
    file_id = submission.files.get().pk
    return [
        ("get", reverse("assignments:assignment", args=[assignment.pk])),
        ("post", reverse("assignments:submit", args=[assignment.pk])),
        ("post", reverse("assignments:final_plan_submit", args=[final_submission.assignment_id])),
        ("get", reverse("assignments:submission", args=[submission.pk])),
        ("post", reverse("assignments:feedback", args=[submission.pk])),
        ("post", reverse("assignments:assess", args=[final_submission.pk])),
        ("post", reverse("assignments:comment", args=[submission.pk])),
        ("get", reverse("assignments:plan", args=[final_submission.pk])),
        ("get", reverse("assignments:file", args=[submission.pk, file_id])),
        ("post", reverse("assignments:file_delete", args=[submission.pk, file_id])),
    ]


def test_someone_outside_the_cohort_gets_404_on_every_url(client, world, assignment, submitted, final_submission):
    login(client, world.outsider)
    for method, url in urls(assignment, submitted, final_submission):
        response = getattr(client, method)(url, {"text": "x", "base_version": "1"})
        assert response.status_code == 404, (method, url)


def test_a_participant_of_another_group_gets_404_on_the_submissions(
    client, world, assignment, submitted, final_submission
):
    login(client, world.stranger.user)
    for method, url in urls(assignment, submitted, final_submission)[3:]:
        response = getattr(client, method)(url, {"text": "x", "base_version": "1"})
        assert response.status_code == 404, (method, url)


def test_anonymous_visitors_are_sent_to_log_in(client, assignment):
    response = client.get(reverse("assignments:assignment", args=[assignment.pk]))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_the_learner_submits_through_the_form(client, world, assignment):
    login(client, world.learner.user)
    url = reverse("assignments:submit", args=[assignment.pk])
    response = client.post(
        url, {"text": "Svar fra skjemaet", "base_version": "0", "action": "submit", "files": [pdf()]}
    )
    assert response.status_code == 302
    submission = world.learner.submissions.get()
    assert submission.status == SubmissionStatus.SUBMITTED and submission.files.count() == 1


def test_a_refused_file_keeps_what_the_learner_wrote(client, world, assignment):
    login(client, world.learner.user)
    url = reverse("assignments:submit", args=[assignment.pk])
    data = {"text": "Et langt svar jeg ikke vil miste", "base_version": "0", "action": "submit"}
    response = client.post(url, {**data, "files": [upload("bilde.pdf", PNG_BYTES)]}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    html = response.content.decode()
    assert "Et langt svar jeg ikke vil miste" in html and "bilde.pdf" in html
    assert 'role="alert"' in html
    plain = client.post(url, {**data, "files": [upload("bilde.pdf", PNG_BYTES)]})
    assert plain.status_code == 422 and "Et langt svar jeg ikke vil miste" in plain.content.decode()


def test_a_second_leader_sees_the_first_ones_feedback_and_keeps_their_text(client, world, submitted):
    opened_at = submitted.version
    services.feedback_give(
        user=world.group_leader, submission_id=submitted.pk, text="Fint observert!", decision=Decision.FEEDBACK,
        base_version=opened_at,
    )  # fmt: skip
    login(client, world.course_leader)
    url = reverse("assignments:feedback", args=[submitted.pk])
    data = {"text": "Mine innspill", "decision": Decision.REVISION, "base_version": str(opened_at)}
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 409
    html = response.content.decode()
    assert "Fint observert!" in html and "Mine innspill" in html
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.FEEDBACK_GIVEN


def test_feedback_written_while_someone_approved_is_kept(client, world, submitted):
    opened_at = submitted.version
    services.feedback_give(
        user=world.group_leader, submission_id=submitted.pk, text="", decision=Decision.APPROVE, base_version=opened_at
    )
    login(client, world.course_leader)
    url = reverse("assignments:feedback", args=[submitted.pk])
    response = client.post(
        url, {"text": "Mine innspill", "decision": Decision.FEEDBACK, "base_version": str(opened_at)}
    )
    assert response.status_code == 409 and "Mine innspill" in response.content.decode()


def test_the_leaders_waiting_list(client, world, submitted, django_assert_max_num_queries):
    login(client, world.group_leader)
    response = client.get(reverse("assignments:waiting"))
    assert response.status_code == 200
    assert world.learner.user.get_full_name() in response.content.decode()
    login(client, world.other_group.leader)
    assert world.learner.user.get_full_name() not in client.get(reverse("assignments:waiting")).content.decode()


def test_the_file_downloads_for_a_reviewer(client, world, submitted):
    login(client, world.group_leader)
    stored = submitted.files.get()
    response = client.get(reverse("assignments:file", args=[submitted.pk, stored.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]


def test_group_members_see_each_others_work_when_the_assignment_says_so(client, world, assignment, submitted):
    login(client, world.peer.user)
    url = reverse("assignments:submission", args=[submitted.pk])
    assert client.get(url).status_code == 404
    assignment.visibility = Visibility.GROUP
    assignment.save()
    assert client.get(url).status_code == 200


def test_nb_labels_on_the_assignment_page(client, world, assignment):
    login(client, world.learner.user)
    html = client.get(reverse("assignments:assignment", args=[assignment.pk])).content.decode()
    assert nb("Your answer") in html and nb("Save draft") in html


def test_a_saved_draft_through_htmx_comes_back_in_place_with_the_message_to_focus(client, world, assignment):
    login(client, world.learner.user)
    url = reverse("assignments:submit", args=[assignment.pk])

    response = client.post(url, {"text": "Et utkast", "base_version": "0", "action": "save"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reselect"], response["HX-Reswap"]) == ("#main", "#main", "outerHTML")
    html = response.content.decode()
    messages = html[html.index('class="site-messages"') :]
    assert messages.index("data-swap-focus") < messages.index(nb("Your draft has been saved."))
    assert "Et utkast" in html  # the box shows what was saved
    assert world.learner.submissions.get().status == SubmissionStatus.DRAFT


def test_feedback_saved_through_htmx_comes_back_in_place(client, world, submitted):
    login(client, world.group_leader)

    response = client.post(
        reverse("assignments:feedback", args=[submitted.pk]),
        {"text": "Godt observert.", "decision": Decision.FEEDBACK, "base_version": str(submitted.version)},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200 and response["HX-Retarget"] == "#main"
    html = response.content.decode()
    assert nb("Your feedback has been saved.") in html and "Godt observert." in html


def test_a_refused_form_answers_422_with_its_partial(client, world, assignment, submitted, final_submission):
    """A form the person filled in wrong is refused input (422), not a malformed request (400)."""
    login(client, world.learner.user)
    too_long = "x" * (TEXT_MAX_LENGTH + 1)
    response = client.post(
        reverse("assignments:submit", args=[assignment.pk]),
        {"text": too_long, "base_version": str(submitted.version), "action": "save"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422 and 'id="submission-form"' in response.content.decode()

    response = client.post(
        reverse("assignments:final_plan_submit", args=[final_submission.assignment_id]),
        {"text": "", "base_version": str(final_submission.version)},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422 and 'id="final-plan-form"' in response.content.decode()

    response = client.post(reverse("assignments:comment", args=[submitted.pk]), {"text": ""}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422 and 'id="comment-form"' in response.content.decode()
    assert not submitted.comments.exists()

    login(client, world.group_leader)
    response = client.post(
        reverse("assignments:feedback", args=[submitted.pk]),
        {"text": "Fint", "decision": "no-such-decision", "base_version": str(submitted.version)},
    )
    assert response.status_code == 422
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.SUBMITTED
