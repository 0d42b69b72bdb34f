"""Copy a cohort to start the next one: its course leaders, local groups
(without members), days moved by the same offset with their parts and
pre-work; other apps copy their own parts through the ``cohort_copied``
hook (assignments, evaluation set-ups)."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks

from cohorts.models import Cohort, CohortLeader, CourseDay, CourseDayPart, LocalGroup, PreWork
from cohorts.services.rules import check_day_time
from elearning.errors import UserError

COPIED_HOOK = "cohort_copied"


def _free_slug(course_id: int, base: str) -> str:
    taken = set(Cohort.objects.filter(course_id=course_id, slug__startswith=base[:70]).values_list("slug", flat=True))
    slug, n = base[:70], 2
    while slug in taken:
        slug = f"{base[:70]}-{n}"
        n += 1
    return slug


@transaction.atomic
def cohort_copy(
    *, cohort_id: int, starts_on: datetime.date, title: str = "", now: datetime.datetime | None = None
) -> Cohort:
    """A new, unpublished cohort like ``cohort_id`` starting on ``starts_on``.
    Every day moves by the same number of days (clock times kept in Norway's
    time, across summer time). Refused if a moved day would be in the past."""
    now = now or timezone.now()
    source = Cohort.objects.filter(pk=cohort_id).first()
    if source is None:
        raise UserError(_("This cohort does not exist."), code="not_found")
    offset = starts_on - source.starts_on
    days = list(CourseDay.objects.filter(cohort=source).order_by("number"))

    def moved(value: datetime.datetime) -> datetime.datetime:
        local = timezone.localtime(value)
        return timezone.make_aware(datetime.datetime.combine(local.date() + offset, local.time()))

    for day in days:
        check_day_time(starts_at=moved(day.starts_at), ends_at=moved(day.ends_at), now=now)
    title = title.strip() or _("%(title)s (copy)") % {"title": source.title}
    copy = Cohort(
        course_id=source.course_id,
        title=title[:200],
        slug=_free_slug(source.course_id, slugify(title) or "kull"),
        starts_on=starts_on,
        ends_on=source.ends_on + offset,
        capacity=source.capacity,
        enrolment_opens_at=None,
        enrolment_closes_at=None,
        published=False,
    )
    try:
        with transaction.atomic():
            copy.save()
    except IntegrityError:
        raise UserError(_("A cohort with that name exists already. Choose another title."), field="title")
    leader_map = {}
    for leader in CohortLeader.objects.filter(cohort=source).order_by("sort_order", "pk"):
        leader_map[leader.pk] = CohortLeader.objects.create(
            cohort=copy, user_id=leader.user_id, role=leader.role, sort_order=leader.sort_order
        )
    for group in LocalGroup.objects.filter(cohort=source):
        LocalGroup.objects.create(
            cohort=copy, name=group.name, leader_id=group.leader_id, co_leader_id=group.co_leader_id,
            sort_order=group.sort_order,
        )  # fmt: skip
    day_map: dict[int, CourseDay] = {}
    parts = {}
    for part in CourseDayPart.objects.filter(day__in=days).prefetch_related("leaders"):
        parts.setdefault(part.day_id, []).append(part)
    pre_work = {}
    for item in PreWork.objects.filter(day__in=days):
        pre_work.setdefault(item.day_id, []).append(item)
    for day in days:
        new_day = CourseDay.objects.create(
            cohort=copy,
            number=day.number,
            title=day.title,
            starts_at=moved(day.starts_at),
            ends_at=moved(day.ends_at),
            format=day.format,
            meeting_url=day.meeting_url,
            room=day.room,
            address=day.address,
            leader_guidance=day.leader_guidance,
        )
        day_map[day.pk] = new_day
        for part in parts.get(day.pk, []):
            new_part = CourseDayPart(
                day=new_day, title=part.title, starts_at=part.starts_at, sort_order=part.sort_order
            )
            # A ParentalManyToManyField is written when the part is saved.
            new_part.leaders.set([leader_map[leader.pk] for leader in part.leaders.all() if leader.pk in leader_map])
            new_part.save()
        PreWork.objects.bulk_create(
            PreWork(day=new_day, page_id=item.page_id, sort_order=item.sort_order) for item in pre_work.get(day.pk, [])
        )
    for fn in hooks.get_hooks(COPIED_HOOK):
        fn(source=source, copy=copy, day_map=day_map)
    return copy
