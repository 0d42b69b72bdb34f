"""The plan's schedule: course sessions and their parts, each saved with a
version so a concurrent edit is a ScheduleConflict, never a lost change."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from coteaching.models import (
    PlanSession,
    SessionPart,
    TeachingPlan,
)
from coteaching.services.rules import (
    ScheduleConflict,
    lock_team,
    require_member,
)
from elearning import text, user_cache
from elearning.errors import UserError
from elearning.locking import update_if_version
from elearning.submit import create_once

SESSION_FIELDS = ("title", "date", "start_time", "duration_minutes")


PART_FIELDS = ("title", "minutes", "lead", "description")


def _touch(plan_id: int) -> None:
    TeachingPlan.objects.filter(pk=plan_id).update(updated_at=timezone.now())
    user_cache.bump_shared("coteaching")  # "Mine kurs" lists the plans, the last changed first


def _validated(instance, data: dict, fields, exclude):
    for name in fields:
        if name in data:
            setattr(instance, name, data[name])
    if "description" in data:
        instance.description = text.multiline(instance.description)
    if "title" in data:
        instance.title = text.single_line(instance.title)
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        raise UserError(" ".join(error.messages), code="invalid")
    return {name: getattr(instance, name) for name in fields}


@transaction.atomic
def session_create(*, user, plan: TeachingPlan, data: dict, submit_key: str | None = None) -> PlanSession:
    """Add a session at the end of the plan's schedule (members only). The
    same form sent twice (same ``submit_key``, see elearning.submit) returns
    the first session and adds nothing."""
    require_member(plan=plan, user=user)
    return _append(
        PlanSession, owner={"plan": plan}, fields=SESSION_FIELDS, data=data, submit_key=submit_key, plan_id=plan.pk
    )


def _append(model, *, owner: dict, fields, data: dict, submit_key: str | None, plan_id: int):
    """A new session or part, last under its ``owner`` (the plan or the
    session), once per ``submit_key``; its plan is touched when it is new."""

    def create():
        next_order = (model.objects.filter(**owner).aggregate(m=Max("order"))["m"] or 0) + 1
        row = model(**owner, order=next_order, submit_key=submit_key or None)
        # The insert decides on submit_key (elearning.submit).
        _validated(row, data, fields, exclude=[*owner, "submit_key"])
        row.save()
        return row

    row, created = create_once(model, owner=owner, submit_key=submit_key, create=create)
    if created:
        _touch(plan_id)
    return row


def _conditional_update(model, *, pk: int, base_version: int, values: dict):
    if not update_if_version(model.objects, pk=pk, version=base_version, **values):
        return None
    return model.objects.get(pk=pk)


@transaction.atomic
def session_update(*, user, session: PlanSession, data: dict, base_version: int) -> PlanSession:
    """Change a session unless someone changed it since ``base_version``
    (ScheduleConflict with the saved session and the submitted values)."""
    require_member(plan=session.plan, user=user)
    values = _validated(PlanSession(plan_id=session.plan_id), data, SESSION_FIELDS, exclude=["plan"])
    saved = _conditional_update(PlanSession, pk=session.pk, base_version=base_version, values=values)
    if saved is None:
        raise ScheduleConflict(current=PlanSession.objects.filter(pk=session.pk).first(), yours=values)
    _touch(session.plan_id)
    return saved


@transaction.atomic
def session_delete(*, user, session: PlanSession) -> bool:
    require_member(plan=session.plan, user=user)
    deleted, _rows = PlanSession.objects.filter(pk=session.pk).delete()
    _touch(session.plan_id)
    return bool(deleted)


def _swap(model, queryset, item, direction: str) -> bool:
    items = list(queryset.order_by("order", "pk"))
    for position, row in enumerate(items):
        row.order = position + 1
    index = next(i for i, row in enumerate(items) if row.pk == item.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(items):
        items[index].order, items[other].order = items[other].order, items[index].order
    model.objects.bulk_update(items, ["order"])
    return 0 <= other < len(items)


@transaction.atomic
def session_move(*, user, session: PlanSession, direction: str) -> bool:
    require_member(plan=session.plan, user=user)
    lock_team(session.plan.team_id)
    return _swap(PlanSession, PlanSession.objects.filter(plan_id=session.plan_id), session, direction)


@transaction.atomic
def part_create(*, user, session: PlanSession, data: dict, submit_key: str | None = None) -> SessionPart:
    """Add a part at the end of a session (members only). The same form sent
    twice (same ``submit_key``, see elearning.submit) returns the first part
    and adds nothing."""
    require_member(plan=session.plan, user=user)
    return _append(
        SessionPart,
        owner={"session": session},
        fields=PART_FIELDS,
        data=data,
        submit_key=submit_key,
        plan_id=session.plan_id,
    )


@transaction.atomic
def part_update(*, user, part: SessionPart, data: dict, base_version: int) -> SessionPart:
    plan = part.session.plan
    require_member(plan=plan, user=user)
    values = _validated(SessionPart(session_id=part.session_id), data, PART_FIELDS, exclude=["session"])
    saved = _conditional_update(SessionPart, pk=part.pk, base_version=base_version, values=values)
    if saved is None:
        raise ScheduleConflict(current=SessionPart.objects.filter(pk=part.pk).first(), yours=values)
    _touch(plan.pk)
    return saved


@transaction.atomic
def part_delete(*, user, part: SessionPart) -> bool:
    plan = part.session.plan
    require_member(plan=plan, user=user)
    deleted, _rows = SessionPart.objects.filter(pk=part.pk).delete()
    _touch(plan.pk)
    return bool(deleted)


@transaction.atomic
def part_move(*, user, part: SessionPart, direction: str) -> bool:
    plan = part.session.plan
    require_member(plan=plan, user=user)
    lock_team(plan.team_id)
    return _swap(SessionPart, SessionPart.objects.filter(session_id=part.session_id), part, direction)
