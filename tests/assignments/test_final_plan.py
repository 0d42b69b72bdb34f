import pytest

from accounts.models import Role
from assignments import selectors, services
from assignments.models import AssignmentKind, Decision, RubricCriterion, RubricLevel, SubmissionStatus
from elearning.errors import UserError
from tests.factories.assignments import AssignmentFactory
from tests.factories.coteaching import MembershipFactory, TeachingPlanFactory


@pytest.fixture
def final(world):
    return AssignmentFactory(cohort=world.cohort, kind=AssignmentKind.FINAL_PLAN, title="Sluttplan")


@pytest.fixture
def plan(world):
    plan = TeachingPlanFactory(title="Mestringskurs for pårørende")
    MembershipFactory(team=plan.team, user=world.learner.user, role=Role.PROFESSIONAL)
    MembershipFactory(team=plan.team, user=world.peer.user, role=Role.USER_REPRESENTATIVE)
    return plan


@pytest.fixture
def completion_checks(monkeypatch):
    calls = []
    monkeypatch.setattr(
        "modules.services.course_completion_check", lambda *, user, course: calls.append(user.pk), raising=False
    )
    return calls


def submit(user, final, plan, base_version=0):
    return services.final_plan_submit(
        user=user, assignment_id=final.pk, plan_id=plan.pk, text="Vi vil ha innspill på målene.",
        base_version=base_version,
    )  # fmt: skip


def scores(level=RubricLevel.MET):
    return {criterion: (level, f"Om {criterion}") for criterion in RubricCriterion.values}


def test_a_pair_submits_its_plan_and_both_see_it(world, final, plan):
    submission = submit(world.learner.user, final, plan)
    assert (submission.status, submission.team_id, submission.plan_id) == (
        SubmissionStatus.SUBMITTED,
        plan.team_id,
        plan.pk,
    )
    page = selectors.assignment_page(user=world.peer.user, assignment_id=final.pk)
    assert page.submission.pk == submission.pk
    assert selectors.submission_page(user=world.peer.user, submission_id=submission.pk).is_owner


def test_a_team_without_a_user_representative_cannot_submit(world, final):
    plan = TeachingPlanFactory()
    MembershipFactory(team=plan.team, user=world.learner.user, role=Role.PROFESSIONAL)
    with pytest.raises(UserError) as refused:
        submit(world.learner.user, final, plan)
    assert refused.value.code == "roles_missing"


def test_someone_elses_plan_cannot_be_submitted(world, final, plan):
    with pytest.raises(UserError) as refused:
        submit(world.stranger.user, final, plan)
    assert refused.value.code == "plan"


def test_the_course_leader_assesses_along_the_rubric_and_approves(
    world, final, plan, completion_checks, django_capture_on_commit_callbacks
):
    submission = submit(world.learner.user, final, plan)
    with django_capture_on_commit_callbacks(execute=True):
        approved = services.final_plan_assess(
            user=world.course_leader, submission_id=submission.pk, scores=scores(), text="Et gjennomarbeidet tilbud.",
            decision=Decision.APPROVE, base_version=submission.version,
        )  # fmt: skip
    assert approved.status == SubmissionStatus.APPROVED
    assert approved.rubric_scores.count() == len(RubricCriterion.values)
    assert sorted(completion_checks) == sorted([world.learner.user.pk, world.peer.user.pk])
    requirement = selectors.completion_requirements(user=world.peer.user, cohort=world.cohort)
    assert [r.met for r in requirement] == [True]


def test_a_plan_with_a_criterion_not_yet_met_is_not_approved(world, final, plan):
    submission = submit(world.learner.user, final, plan)
    weak = scores()
    weak[RubricCriterion.USER_EXPERIENCE] = (RubricLevel.NOT_YET, "Brukererfaringen mangler.")
    with pytest.raises(UserError) as refused:
        services.final_plan_assess(
            user=world.course_leader, submission_id=submission.pk, scores=weak, text="",
            decision=Decision.APPROVE, base_version=submission.version,
        )  # fmt: skip
    assert refused.value.code == "not_met"
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED and not submission.rubric_scores.exists()


def test_the_team_revises_after_the_leaders_ask(world, final, plan):
    submission = submit(world.learner.user, final, plan)
    asked = services.final_plan_assess(
        user=world.course_leader, submission_id=submission.pk, scores=scores(RubricLevel.NOT_YET),
        text="Beskriv målgruppen bedre.", decision=Decision.REVISION, base_version=submission.version,
    )  # fmt: skip
    revised = submit(world.peer.user, final, plan, base_version=asked.version)
    assert (revised.pk, revised.status, revised.round) == (submission.pk, SubmissionStatus.SUBMITTED, 2)


def test_a_group_leader_does_not_assess_final_plans(world, final, plan):
    submission = submit(world.learner.user, final, plan)
    with pytest.raises(UserError) as refused:
        services.final_plan_assess(
            user=world.group_leader, submission_id=submission.pk, scores=scores(), text="",
            decision=Decision.APPROVE, base_version=submission.version,
        )  # fmt: skip
    assert refused.value.code == "not_found"


def test_the_leaders_table_shows_the_teams_plan_for_every_member_of_the_team(world, final, plan):
    submission = submit(world.learner.user, final, plan)
    services.final_plan_assess(
        user=world.course_leader, submission_id=submission.pk, scores=scores(), text="Godt.",
        decision=Decision.APPROVE, base_version=submission.version,
    )  # fmt: skip
    members = [world.learner, world.peer]
    columns = selectors.group_columns(cohort=world.cohort, members=members)
    approved = str(dict(SubmissionStatus.choices)[SubmissionStatus.APPROVED])
    for member in members:
        (cell,) = [cell for cell in columns[member.pk] if cell.label == "Sluttplan"]
        assert (cell.value, cell.url) == (approved, submission.get_absolute_url()), member
