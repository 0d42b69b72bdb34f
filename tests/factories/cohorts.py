import datetime

import factory
from django.utils import timezone

from accounts.models import Role
from cohorts.models import Cohort, CohortLeader, CourseDay, LocalGroup, Participant, ParticipantStatus
from tests.factories.accounts import UserFactory


def oslo(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class CohortFactory(factory.django.DjangoModelFactory):
    """A published cohort starting in two weeks; give ``course``."""

    class Meta:
        model = Cohort

    title = factory.Sequence(lambda n: f"Kull {n}")
    slug = factory.Sequence(lambda n: f"kull-{n}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=14))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + datetime.timedelta(days=56))
    capacity = 20
    published = True


class CohortLeaderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CohortLeader

    user = factory.SubFactory(UserFactory)
    role = Role.PROFESSIONAL


class LocalGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LocalGroup

    name = factory.Sequence(lambda n: f"Gruppe {n}")


class CourseDayFactory(factory.django.DjangoModelFactory):
    """Day ``number`` of the cohort, a week apart from 09:00 to 15:00 Oslo time."""

    class Meta:
        model = CourseDay

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda o: f"Kursdag {o.number}")
    starts_at = factory.LazyAttribute(
        lambda o: oslo(o.cohort.starts_on + datetime.timedelta(days=7 * (o.number - 1)), 9)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=6))
    meeting_url = "https://møte.example.no/kull"


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    user = factory.SubFactory(UserFactory)
    status = ParticipantStatus.CONFIRMED


def build_cohort(course, *, days=5, groups=1, **kwargs) -> Cohort:
    """A published cohort of ``course`` with a professional and a user
    representative as course leaders, ``days`` course days a week apart and
    ``groups`` local groups (each with a group leader)."""
    cohort = CohortFactory(course=course, **kwargs)
    CohortLeaderFactory(cohort=cohort, role=Role.PROFESSIONAL, sort_order=0)
    CohortLeaderFactory(cohort=cohort, role=Role.USER_REPRESENTATIVE, sort_order=1)
    for number in range(1, days + 1):
        CourseDayFactory(cohort=cohort, number=number)
    for _index in range(groups):
        LocalGroupFactory(cohort=cohort, leader=UserFactory())
    return cohort


def days_started(cohort, *, weeks_ago: int = 10) -> Cohort:
    """Moves the cohort and its course days ``weeks_ago`` weeks back, so every
    day has started: attendance can be marked from a day's start only."""
    shift = datetime.timedelta(weeks=weeks_ago)
    Cohort.objects.filter(pk=cohort.pk).update(starts_on=cohort.starts_on - shift, ends_on=cohort.ends_on - shift)
    for day in cohort.days.all():
        type(day).objects.filter(pk=day.pk).update(starts_at=day.starts_at - shift, ends_at=day.ends_at - shift)
    cohort.refresh_from_db()
    return cohort
