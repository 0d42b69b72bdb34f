"""The cohort pages (issue 13) for tests/e2e/page_types.py: the cohort page
as a visitor and as a participant (timeline), and the leaders' pages (group
page, overview, attendance, a member's details, a group's attendance, the
whole cohort's progress), with the learner as leader."""

from django.urls import reverse

from accounts.models import Role
from cohorts import services as cohort_services
from cohorts.models import Attendance
from modules import services as module_services
from modules.models import ReflectionAnswer
from tests.e2e.page_types import page_type
from tests.factories.cohorts import CohortLeaderFactory, ParticipantFactory, build_cohort


def _cohort(world, **kwargs):
    cohort = build_cohort(
        world.course, days=5, groups=1, title="Kull våren 2027 – Helse Vestfjord og Nordfjell", **kwargs
    )
    day = cohort.days.get(number=1)
    day.leader_guidance = "<p>Start med en runde der alle forteller om egen arbeidsplass.</p>"
    day.save()
    return cohort


@page_type("cohort page")
def _cohort_public(world):
    return _cohort(world).get_absolute_url()


@page_type("cohort page with the timeline", who="learner")
def _cohort_timeline(world):
    cohort = _cohort(world)
    ParticipantFactory(cohort=cohort, user=world.learner, group=cohort.groups.get())
    return cohort.get_absolute_url()


@page_type("cohort group page", who="learner")
def _group(world):
    cohort = _cohort(world)
    group = cohort.groups.get()
    group.leader = world.learner
    group.save()
    ParticipantFactory(cohort=cohort, group=group)
    return group.get_absolute_url()


@page_type("cohort overview", who="learner")
def _overview(world):
    cohort = _cohort(world)
    CohortLeaderFactory(cohort=cohort, user=world.learner, role=Role.PROFESSIONAL, sort_order=3)
    ParticipantFactory(cohort=cohort, group=cohort.groups.get())
    return reverse("cohorts:overview", args=[cohort.pk])


@page_type("cohort attendance", who="learner")
def _attendance(world):
    cohort = _cohort(world)
    CohortLeaderFactory(cohort=cohort, user=world.learner, role=Role.PROFESSIONAL, sort_order=3)
    ParticipantFactory(cohort=cohort, group=cohort.groups.get())
    return reverse("cohorts:attendance", args=[cohort.pk, cohort.days.get(number=1).pk])


def led_group_with_member(world):
    """A cohort where the learner leads the group, and a member who passed
    a quiz, shared a reflection and attended day 1."""
    cohort = _cohort(world)
    group = cohort.groups.get()
    group.leader = world.learner
    group.save()
    member = ParticipantFactory(cohort=cohort, group=group, user=world.representative)
    ReflectionAnswer.objects.update_or_create(
        user=world.representative,
        lesson=world.lesson,
        key="egen-erfaring",
        defaults={
            "text": "Da legen brukte mange faguttrykk uten å forklare dem, og jeg ikke turte å spørre.",
            "shared_with_leaders": True,
        },
    )
    module_services.course_enrol(user=world.representative, course=world.course)
    Attendance.objects.create(day=cohort.days.get(number=1), participant=member, present=True)
    return cohort, group, member


@page_type("cohort member details", who="learner")
def _member(world):
    cohort, _group, member = led_group_with_member(world)
    return reverse("cohorts:member", args=[cohort.pk, member.pk])


@page_type("cohort group attendance", who="learner")
def _group_attendance(world):
    cohort, group, _member = led_group_with_member(world)
    return reverse("cohorts:group_attendance", args=[cohort.pk, group.pk, cohort.days.get(number=1).pk])


@page_type("cohort progress", who="learner")
def _progress(world):
    cohort, _group, _member = led_group_with_member(world)
    CohortLeaderFactory(cohort=cohort, user=world.learner, role=Role.PROFESSIONAL, sort_order=3)
    return reverse("cohorts:progress", args=[cohort.pk])


@page_type("cohort group messages", who="user_representative")
def _group_messages(world):
    cohort, group, _member = led_group_with_member(world)
    cohort_services.group_message_send(
        group_id=group.pk,
        author=world.learner,
        subject="Før kursdag 2: ta med en praksisfortelling",
        body="Hei alle sammen!\n\nTa med en kort fortelling fra egen arbeidsplass der brukermedvirkning fungerte godt.",
    )
    return reverse("cohorts:group_messages", args=[cohort.pk, group.pk])
