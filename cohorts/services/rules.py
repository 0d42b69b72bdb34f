"""Save-time rules shared by the services and the admin forms: a cohort needs
a professional and a user representative as course leaders before it is
published and ends on or after its first day, and a course day is never
moved into the past."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Role
from elearning.errors import UserError


def check_leaders(roles: list[str]) -> None:
    """``roles``: the roles of the cohort's course leaders."""
    if Role.USER_REPRESENTATIVE not in roles:
        raise UserError(
            _(
                "A cohort needs a user representative as co-leader (medkursleder) before it can be "
                "published. Add one under “Course leaders”."
            ),
            code="no_user_representative",
            field="published",
        )
    if Role.PROFESSIONAL not in roles:
        raise UserError(
            _("A cohort needs a professional as course leader before it can be published."),
            code="no_professional",
            field="published",
        )


def check_cohort_dates(*, starts_on: datetime.date, ends_on: datetime.date) -> None:
    """The database refuses a cohort that ends before it starts
    (cohorts_cohort_ends_after_start); this says so on the field."""
    if ends_on < starts_on:
        raise UserError(
            _("The last day must be on or after the first day."), code="cohort_ends_before_start", field="ends_on"
        )


def check_day_time(
    *, starts_at: datetime.datetime, ends_at: datetime.datetime, now: datetime.datetime | None = None
) -> None:
    """A new or moved course day: in the future, and ending after it starts."""
    now = now or timezone.now()
    if starts_at < now:
        raise UserError(
            _("A course day cannot be moved into the past. Choose a time after today."),
            code="day_in_past",
            field="starts_at",
        )
    if ends_at <= starts_at:
        raise UserError(_("The course day must end after it starts."), code="day_ends_before_start", field="ends_at")
