"""Demo content for practice assignments (demo/content/assignments.py) in the
living cohort that demo/loaders/cohorts.py made: one assignment for each
interval between course days and the final plan, dated from the cohort's
days; two more participants in the demo group leader's group whose
submissions wait for feedback; the demo learner's first assignment
submitted, revised and approved, a draft of the second; and the demo pair's
final plan submitted, sent back for a revision along the rubric, revised and
approved.

Idempotent: assignments are looked up by cohort and title, people by e-mail,
submissions by assignment and participant, feedback by submission, round
and author; everything is updated in place."""

import datetime

from django.utils import timezone

from accounts.models import User
from assignments.models import (
    Assignment,
    AssignmentKind,
    Comment,
    Decision,
    Feedback,
    RubricScore,
    Submission,
    SubmissionStatus,
    Visibility,
)
from cohorts.models import Cohort, CohortLeader, LocalGroup, Participant
from coteaching.models import TeachingPlan
from demo.content import assignments as content
from demo.dates import is_working_day
from demo.loaders import accounts as accounts_demo
from demo.loaders import cohorts as cohorts_demo

LEARNER_EMAIL = "deltaker@demo.helsepedagogikk.no"
USER_REP_EMAIL = "bruker@demo.helsepedagogikk.no"
GROUP_LEADER_EMAIL = "gruppeleder@demo.helsepedagogikk.no"


def _out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _living_cohort(learner) -> Cohort | None:
    """The demo learner's cohort that has started and not ended."""
    today = timezone.localdate()
    return (
        Cohort.objects.filter(participants__user=learner, starts_on__lte=today, ends_on__gte=today)
        .order_by("starts_on")
        .first()
    )


def _due(days, after: int, due_days: int) -> datetime.datetime:
    """``due_days`` after day ``after`` at 16.00 Oslo time, but no later than
    the day before the next course day, on a Norwegian working day."""
    day = days[after - 1]
    local = timezone.localtime(day.ends_at).replace(hour=16, minute=0, second=0, microsecond=0)
    due = local + datetime.timedelta(days=due_days)
    if after < len(days):
        latest = timezone.localtime(days[after].starts_at).replace(hour=16, minute=0) - datetime.timedelta(days=1)
        due = min(due, latest)
    while not is_working_day(due.date()) and due - datetime.timedelta(days=1) > day.ends_at:
        due -= datetime.timedelta(days=1)  # due on a working day, as participants at work expect
    return max(due, day.ends_at)


def _assignment(cohort, days, spec, *, kind, sort_order) -> Assignment:
    values = {
        "after_day": days[spec["after_day"] - 1],
        "kind": kind,
        "prompt": spec["prompt"],
        "due_at": _due(days, spec["after_day"], spec["due_days"]),
        "closes_at": None,
        "visibility": spec.get("visibility", Visibility.LEADERS),
        "allow_comments": spec.get("allow_comments", False),
        "required": True,
        "sort_order": sort_order,
    }
    assignment, _created = Assignment.objects.update_or_create(cohort=cohort, title=spec["title"], defaults=values)
    return assignment


def _member(spec, cohort, group, *, days, marked_by) -> Participant:
    """A participant in ``group`` who, like the others, was there on those of
    the cohort's ``days`` that are over."""
    user = accounts_demo.person(
        spec["email"], first_name=spec["first_name"], last_name=spec["last_name"], role=spec["role"]
    )
    participant = cohorts_demo.seat(cohort, user, group)
    cohorts_demo.record_attendance(days, [participant], marked_by=marked_by)
    return participant


def _past(when: datetime.datetime) -> datetime.datetime:
    """Never in the future, whatever day of the cohort today is, and on a
    working day (people at work submit and give feedback on weekdays)."""
    when = min(when, timezone.now() - datetime.timedelta(hours=1))
    while not is_working_day(timezone.localtime(when).date()):
        when -= datetime.timedelta(days=1)
    return when


def _submission(assignment, participant, *, text, status, submitted_at, round_=1, **extra) -> Submission:
    submitted = status != SubmissionStatus.DRAFT
    values = {
        "text": text,
        "status": status,
        "round": round_ if submitted else 0,
        "submitted_at": submitted_at if submitted else None,
        "is_late": bool(submitted and submitted_at > assignment.due_at),
        "decided_at": _past(submitted_at + datetime.timedelta(days=1))
        if status in (SubmissionStatus.APPROVED, SubmissionStatus.REVISION_REQUESTED)
        else None,
        "updated_at": submitted_at,
        **extra,
    }
    submission, _created = Submission.objects.update_or_create(
        assignment=assignment, participant=participant, defaults=values
    )
    return submission


def _feedback(submission, author, *, text, decision, round_, at):
    Feedback.objects.update_or_create(
        submission=submission,
        author=author,
        round=round_,
        defaults={"text": text, "decision": decision, "created_at": at},
    )


def load(*, stdout=None) -> None:
    learner = User.objects.filter(email=LEARNER_EMAIL).first()
    user_rep = User.objects.filter(email=USER_REP_EMAIL).first()
    cohort = learner and _living_cohort(learner)
    if cohort is None:
        _out(stdout, "Assignments: no living demo cohort, skipped")
        return
    days = list(cohort.days.order_by("number"))
    if len(days) < 5:
        _out(stdout, "Assignments: the demo cohort has fewer than five days, skipped")
        return
    practice = [
        _assignment(cohort, days, spec, kind=AssignmentKind.PRACTICE, sort_order=index)
        for index, spec in enumerate(content.PRACTICE)
    ]
    final = _assignment(cohort, days, content.FINAL_PLAN, kind=AssignmentKind.FINAL_PLAN, sort_order=len(practice))
    by_key = {spec["key"]: assignment for spec, assignment in zip(content.PRACTICE, practice, strict=True)}

    group = LocalGroup.objects.filter(cohort=cohort, leader__email=GROUP_LEADER_EMAIL).first()
    group_leader = group.leader if group else None
    course_leader = CohortLeader.objects.filter(cohort=cohort).select_related("user").order_by("sort_order").first()
    reviewer = group_leader or (course_leader.user if course_leader else None)
    me = Participant.objects.get(cohort=cohort, user=learner)
    first, second = by_key["helsekompetanse"], by_key["relasjon"]
    after_day_1 = days[0].ends_at

    # The learner: assignment 1 submitted, revision asked, revised and approved; a draft of assignment 2.
    mine = _submission(
        first, me, text=content.LEARNER_REVISION, status=SubmissionStatus.APPROVED,
        submitted_at=_past(after_day_1 + datetime.timedelta(days=4)), round_=2,
    )  # fmt: skip
    if reviewer:
        _feedback(mine, reviewer, text=content.LEARNER_FEEDBACK, decision=Decision.REVISION, round_=1,
                  at=_past(after_day_1 + datetime.timedelta(days=3)))  # fmt: skip
        _feedback(mine, reviewer, text=content.LEARNER_APPROVAL, decision=Decision.APPROVE, round_=2,
                  at=_past(after_day_1 + datetime.timedelta(days=5)))  # fmt: skip
    _submission(second, me, text=content.LEARNER_DRAFT_2, status=SubmissionStatus.DRAFT,
                submitted_at=timezone.now())  # fmt: skip
    peer = Participant.objects.filter(cohort=cohort, user=user_rep).first()
    if peer is not None:
        Comment.objects.update_or_create(
            submit_key="demo-comment-learner-1", author=user_rep,
            defaults={"submission": mine, "text": content.PEER_COMMENT,
                      "created_at": _past(after_day_1 + datetime.timedelta(days=5))},
        )  # fmt: skip

    # The group leader's group: assignment 1 done, assignment 2 waiting for feedback.
    if group is not None:
        for index, spec in enumerate(content.GROUP_MEMBERS):
            member = _member(spec, cohort, group, days=days, marked_by=course_leader and course_leader.user)
            one = _submission(
                first, member, text=spec["answers"]["helsekompetanse"],
                status=SubmissionStatus.APPROVED if index == 0 else SubmissionStatus.FEEDBACK_GIVEN,
                submitted_at=_past(after_day_1 + datetime.timedelta(days=2 + index)),
            )  # fmt: skip
            _feedback(one, group_leader, text="Takk for en ærlig refleksjon. Godt at du prøvde det i praksis.",
                      decision=Decision.APPROVE if index == 0 else Decision.FEEDBACK, round_=1,
                      at=_past(after_day_1 + datetime.timedelta(days=4)))  # fmt: skip
            _submission(
                second, member, text=spec["answers"]["relasjon"], status=SubmissionStatus.SUBMITTED,
                submitted_at=_past(days[1].ends_at + datetime.timedelta(days=1, hours=index)),
            )  # fmt: skip

    # The demo pair's final plan: submitted, a revision asked for along the rubric, revised and approved.
    plan = TeachingPlan.objects.filter(team__memberships__user=learner).filter(team__memberships__user=user_rep).first()
    if plan is not None and course_leader is not None:
        first_round = _past(days[1].ends_at + datetime.timedelta(days=2))
        revised_at = _past(days[1].ends_at + datetime.timedelta(days=4))
        final_submission = _submission(
            final, me, text=content.FINAL_PLAN_REVISED_NOTE, status=SubmissionStatus.APPROVED,
            submitted_at=revised_at, round_=2, team=plan.team, plan=plan,
        )  # fmt: skip
        for criterion, (level, note) in content.FINAL_PLAN_RUBRIC.items():
            RubricScore.objects.update_or_create(
                submission=final_submission, criterion=criterion,
                defaults={"level": level, "feedback": note, "assessed_by": course_leader.user, "updated_at": revised_at},
            )  # fmt: skip
        _feedback(final_submission, course_leader.user, text=content.FINAL_PLAN_FEEDBACK, decision=Decision.REVISION,
                  round_=1, at=_past(first_round + datetime.timedelta(days=1)))  # fmt: skip
        _feedback(final_submission, course_leader.user, text=content.FINAL_PLAN_APPROVAL, decision=Decision.APPROVE,
                  round_=2, at=_past(revised_at + datetime.timedelta(days=1)))  # fmt: skip
    _out(stdout, f"Assignments: {len(practice)} practice assignments and the final plan in {cohort.title}")
