"""Demo content for co-teaching: a planning group of the demo professional
(deltaker@) and the demo user representative (bruker@) with a published,
featured example teaching plan for a group course on living with type 2
diabetes (demo/content/coteaching.py). Idempotent: the team is looked
up by name and creator, sessions and parts by their order, and sections are
saved through the service, which leaves an unchanged text alone."""

import datetime

from django.utils import timezone

from accounts.models import Role, User
from coteaching import services
from coteaching.models import (
    Membership,
    PlanComment,
    PlanSection,
    PlanSession,
    SectionKey,
    SessionPart,
    TeachingPlan,
    Team,
)
from demo import dates
from demo.content.coteaching import EXAMPLE_PLAN

PROFESSIONAL_EMAIL = "deltaker@demo.helsepedagogikk.no"
USER_REP_EMAIL = "bruker@demo.helsepedagogikk.no"
EDITOR_EMAIL = "redaktor@demo.helsepedagogikk.no"
TEAM_NAME = "Diabeteskurset – Lærings- og mestringssenteret"
START = datetime.time(11, 0)
DAY_MINUTES = 195  # 11.00–14.15 with lunch and two short breaks

# Who wrote which section: the plan is made together.
WRITTEN_BY_USER_REP = {
    SectionKey.TARGET_GROUP,
    SectionKey.METHODS,
    SectionKey.EVAL_RUN,
    SectionKey.EVAL_IMPROVE,
}
DEMO_COMMENT = (
    "Kan vi ha pausen rett etter brukerinnlegget på dag 1? Da får deltakerne tid til å kjenne etter før vi "
    "går i smågrupper, og jeg får et lite pusterom."
)


def _out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _section_texts() -> dict[str, str]:
    evaluation_plan = EXAMPLE_PLAN["evaluation_plan"]
    return {
        SectionKey.SUMMARY: EXAMPLE_PLAN["summary"],
        SectionKey.TARGET_GROUP: EXAMPLE_PLAN["target_group"],
        SectionKey.FRAMEWORK: EXAMPLE_PLAN["framework"],
        SectionKey.GOALS: EXAMPLE_PLAN["goals"],
        SectionKey.CONTENT: EXAMPLE_PLAN["content"],
        SectionKey.METHODS: EXAMPLE_PLAN["methods"],
        SectionKey.EVALUATION: EXAMPLE_PLAN["evaluation"],
        SectionKey.EVAL_PLAN: evaluation_plan["plan"],
        SectionKey.EVAL_RUN: evaluation_plan["run"],
        SectionKey.EVAL_EVALUATE: evaluation_plan["evaluate"],
        SectionKey.EVAL_IMPROVE: evaluation_plan["improve"],
    }


def _first_course_day(today: datetime.date) -> datetime.date:
    """A Tuesday about a month ahead (or the next teaching day after it), so the schedule looks like a real plan."""
    day = today + datetime.timedelta(days=28)
    return dates.teaching_day(day, (1 - day.weekday()) % 7)


def _plan(professional, user_rep) -> TeachingPlan:
    team = Team.objects.filter(name=TEAM_NAME, created_by=professional).first()
    if team is None:
        plan = services.team_create(
            user=professional, name=TEAM_NAME, plan_title=EXAMPLE_PLAN["title"], role=Role.PROFESSIONAL
        )
        team = plan.team
    plan = TeachingPlan.objects.get(team=team)
    if plan.title != EXAMPLE_PLAN["title"]:
        plan.title = EXAMPLE_PLAN["title"]
        plan.save(update_fields=["title", "updated_at"])
    Membership.objects.update_or_create(team=team, user=professional, defaults={"role": Role.PROFESSIONAL})
    Membership.objects.update_or_create(team=team, user=user_rep, defaults={"role": Role.USER_REPRESENTATIVE})
    return plan


def _sections(plan, professional, user_rep) -> None:
    for key, text in _section_texts().items():
        section = PlanSection.objects.filter(plan=plan, key=key).first()
        author = user_rep if key in WRITTEN_BY_USER_REP else professional
        services.section_save(
            user=author, plan=plan, key=key, text=text, base_version=section.version if section else 1
        )


def _schedule(plan, today) -> None:
    first_day = _first_course_day(today)
    sessions = EXAMPLE_PLAN["sessions"]
    for order, spec in enumerate(sessions, start=1):
        session, _created = PlanSession.objects.update_or_create(
            plan=plan,
            order=order,
            defaults={
                "title": spec["title"],
                "date": dates.teaching_day(first_day, spec["date_offset_days"]),
                "start_time": START,
                "duration_minutes": DAY_MINUTES,
            },
        )
        for part_order, part in enumerate(spec["parts"], start=1):
            SessionPart.objects.update_or_create(
                session=session,
                order=part_order,
                defaults={
                    "title": part["title"],
                    "minutes": part["minutes"],
                    "lead": part["lead"],
                    "description": part["description"],
                },
            )
        SessionPart.objects.filter(session=session, order__gt=len(spec["parts"])).delete()
    PlanSession.objects.filter(plan=plan, order__gt=len(sessions)).delete()


def load(*, stdout=None) -> TeachingPlan | None:
    professional = User.objects.filter(email=PROFESSIONAL_EMAIL).first()
    user_rep = User.objects.filter(email=USER_REP_EMAIL).first()
    if professional is None or user_rep is None:
        _out(stdout, "Co-teaching demo skipped: load the demo accounts first (demo.loaders.accounts).")
        return None
    plan = _plan(professional, user_rep)
    _sections(plan, professional, user_rep)
    _schedule(plan, timezone.localdate())
    if not PlanComment.objects.filter(plan=plan, author=user_rep, text=DEMO_COMMENT).exists():
        services.comment_add(user=user_rep, plan=plan, text=DEMO_COMMENT, section_key=SectionKey.METHODS)
    plan = services.plan_publish_as_example(user=professional, plan=plan)
    editor = User.objects.filter(email=EDITOR_EMAIL).first()
    if editor is not None and editor.has_perm("coteaching.feature_example"):
        plan = services.plan_set_featured(user=editor, plan_id=plan.pk, featured=True)
    else:
        TeachingPlan.objects.filter(pk=plan.pk).update(featured=True, featured_at=plan.featured_at or timezone.now())
        plan.refresh_from_db()
    _out(stdout, f"Co-teaching: the published, featured example plan “{plan.title}” (plan {plan.pk}).")
    return plan
