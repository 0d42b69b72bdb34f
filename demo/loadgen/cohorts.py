"""Cohorts that have run, with what their participants did: the learners go
25 at a time into past cohorts of the demo's cohort course, each a copy of
the demo's living cohort (its course days, local groups and practice
assignments) moved back a whole number of weeks, so every day keeps its
weekday and lies in the past. Each participant has attendance for every
day, a submission to each practice assignment (most approved, some waiting
for a leader, some with feedback, a few drafts) and, when the course has the
forms, an evaluation of each day and of the whole course."""

from __future__ import annotations

import datetime
import math

from django.utils import timezone

from assignments.models import Assignment, AssignmentKind, Submission, SubmissionStatus
from cohorts.models import Attendance, Cohort, CourseDay, LocalGroup, Participant, ParticipantStatus
from demo.loadgen.common import BATCH, spread
from evaluations.models import EvaluationAnswer, EvaluationForm, EvaluationResponse, FormKind, QuestionKind
from modules.models import Enrolment, EnrolmentSource

PER_COHORT = 25
TEMPLATE_SLUG = "levende-kull"
STATUSES = [SubmissionStatus.APPROVED] * 6 + [
    SubmissionStatus.SUBMITTED,
    SubmissionStatus.SUBMITTED,
    SubmissionStatus.FEEDBACK_GIVEN,
    SubmissionStatus.DRAFT,
]
COMMENTS = [
    "Nyttig å høre hvordan brukerrepresentanten planla sin del.",
    "Mer tid til gruppearbeid neste gang.",
    "Eksemplene fra lærings- og mestringssenteret var gode.",
]
SUBMISSION_TEXT = (
    "Jeg vil prøve ut samvalg i neste kurs: deltakerne skal selv velge hvilke temaer vi går dypere i, "
    "og brukerrepresentanten leder samtalen om erfaringer."
)


def _clone(cohort: Cohort, n: int, weeks: int, template_days, template_groups, template_assignments):
    """A copy of the template cohort ``weeks`` weeks earlier; returns (cohort, days, groups, assignments)."""
    shift = datetime.timedelta(weeks=weeks)
    copy = Cohort.objects.create(
        course_id=cohort.course_id,
        title=f"Kull {n + 1} (lastdata)",
        slug=f"lastdata-{n + 1:04d}",
        starts_on=cohort.starts_on - shift,
        ends_on=cohort.ends_on - shift,
        capacity=PER_COHORT,
        published=True,
    )
    days = CourseDay.objects.bulk_create(
        CourseDay(
            cohort=copy,
            number=day.number,
            title=day.title,
            starts_at=day.starts_at - shift,
            ends_at=day.ends_at - shift,
            format=day.format,
            meeting_url=day.meeting_url,
            room=day.room,
            address=day.address,
        )
        for day in template_days
    )
    groups = LocalGroup.objects.bulk_create(
        LocalGroup(
            cohort=copy, name=g.name, leader_id=g.leader_id, co_leader_id=g.co_leader_id, sort_order=g.sort_order
        )
        for g in template_groups
    )
    day_of = {old.pk: new for old, new in zip(template_days, days, strict=True)}
    assignments = Assignment.objects.bulk_create(
        Assignment(
            cohort=copy,
            after_day=day_of.get(a.after_day_id),
            kind=a.kind,
            title=a.title,
            prompt=a.prompt,
            due_at=a.due_at - shift,
            closes_at=a.closes_at - shift if a.closes_at else None,
            visibility=a.visibility,
            allow_comments=a.allow_comments,
            required=a.required,
            sort_order=a.sort_order,
        )
        for a in template_assignments
    )
    return copy, days, groups, assignments


def generate(*, size, learners, stdout) -> dict:
    template = Cohort.objects.filter(slug=TEMPLATE_SLUG).order_by("pk").first()
    wanted = round(size.per_learner(size.participants) * len(learners))
    if template is None or not wanted:
        stdout.write("Load data: no demo cohort (load the demo first); no cohorts made.")
        return {"participants": 0}
    template_days = list(template.days.order_by("number"))
    template_groups = list(template.groups.order_by("sort_order", "pk"))
    template_assignments = list(
        Assignment.objects.filter(cohort=template).exclude(kind=AssignmentKind.FINAL_PLAN).order_by("pk")
    )
    forms = {f.kind: f for f in EvaluationForm.objects.filter(course_id=template.course_id)}
    questions = {kind: list(form.questions.order_by("sort_order", "pk")) for kind, form in forms.items()}
    now = timezone.now()
    # Far enough back that the template's last day is over, then a week further per cohort.
    first_weeks = max(1, math.ceil((template_days[-1].ends_at - now).days / 7) + 2) if template_days else 1
    taken = Cohort.objects.filter(course_id=template.course_id, slug__startswith="lastdata-").count()
    step = max(1, len(learners) // wanted)
    chosen = learners[::step][:wanted]
    counts = {"cohorts": 0, "participants": 0, "attendance": 0, "submissions": 0, "evaluations": 0}
    for start in range(0, len(chosen), PER_COHORT):
        n = taken + start // PER_COHORT
        members = chosen[start : start + PER_COHORT]
        cohort, days, groups, assignments = _clone(
            template, n, first_weeks + n, template_days, template_groups, template_assignments
        )
        participants = Participant.objects.bulk_create(
            Participant(
                cohort=cohort,
                user=user,
                group=groups[i % len(groups)] if groups else None,
                status=ParticipantStatus.CONFIRMED,
            )
            for i, user in enumerate(members)
        )
        Enrolment.objects.bulk_create(
            [Enrolment(user=user, course_id=cohort.course_id, source=EnrolmentSource.COHORT) for user in members],
            ignore_conflicts=True,
        )
        attendance = [
            Attendance(day=day, participant=p, present=spread(p.user.load_index, day.number) < 0.92)
            for p in participants
            for day in days
        ]
        Attendance.objects.bulk_create(attendance, batch_size=BATCH)
        submissions = []
        for p in participants:
            for number, a in enumerate(assignments):
                status = STATUSES[int(spread(p.user.load_index * 31 + number, 11) * len(STATUSES))]
                done = status != SubmissionStatus.DRAFT
                submissions.append(
                    Submission(
                        assignment=a,
                        participant=p,
                        status=status,
                        text=SUBMISSION_TEXT,
                        round=1 if done else 0,
                        submitted_at=a.due_at - datetime.timedelta(hours=5) if done else None,
                        decided_at=a.due_at + datetime.timedelta(days=3)
                        if status in (SubmissionStatus.APPROVED, SubmissionStatus.FEEDBACK_GIVEN)
                        else None,
                        created_at=a.due_at - datetime.timedelta(days=2),
                        updated_at=a.due_at - datetime.timedelta(hours=5),
                    )
                )
        Submission.objects.bulk_create(submissions, batch_size=BATCH)
        counts["evaluations"] += _evaluations(cohort, days, participants, forms, questions, spread)
        counts["cohorts"] += 1
        counts["participants"] += len(participants)
        counts["attendance"] += len(attendance)
        counts["submissions"] += len(submissions)
    stdout.write(
        f"Load data: {counts['cohorts']} past cohorts with {counts['participants']} participants, "
        f"{counts['attendance']} attendance marks, {counts['submissions']} submissions and "
        f"{counts['evaluations']} evaluation responses."
    )
    return counts


def _evaluations(cohort, days, participants, forms, questions, spread) -> int:
    """Each participant's evaluation of each day they attended (most answer) and of the course."""
    responses, answers = [], []
    for p in participants:
        index = p.user.load_index
        asked = [(FormKind.COURSE_DAY, day) for day in days] + [(FormKind.COURSE_END, None)]
        for kind, day in asked:
            if kind not in forms or spread(index, (day.number if day else 0) + 20) > 0.8:
                continue
            response = EvaluationResponse(
                form=forms[kind],
                cohort=cohort,
                day=day,
                user=p.user,
                submitted_at=(day.ends_at if day else cohort_end(days)) + datetime.timedelta(hours=2),
            )
            responses.append(response)
            for q in questions[kind]:
                if q.kind == QuestionKind.LIKERT:
                    answers.append((response, q, 2 + int(spread(index + q.pk, 21) * 4), ""))
                elif spread(index + q.pk, 22) < 0.3:
                    answers.append((response, q, None, COMMENTS[(index + q.pk) % len(COMMENTS)]))
    EvaluationResponse.objects.bulk_create(responses)
    EvaluationAnswer.objects.bulk_create(
        [EvaluationAnswer(response=r, question=q, likert=likert, text=text) for r, q, likert, text in answers]
    )
    return len(responses)


def cohort_end(days) -> datetime.datetime:
    return days[-1].ends_at if days else timezone.now()
