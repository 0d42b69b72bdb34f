"""What the assignment services share: finding the actor's place in the
cohort, text limits, and the conditional UPDATE that moves a submission from
one state to the next."""

from __future__ import annotations

from django.utils.translation import gettext as _

from assignments.models import Submission
from cohorts.models import Participant, ParticipantStatus
from elearning import user_cache
from elearning.errors import UserError, length_and_limit
from elearning.locking import update_if_version
from elearning.text import multiline


def not_found(what: str = "assignment") -> UserError:
    messages = {
        "assignment": _("This assignment does not exist, or you are not in its cohort."),
        "submission": _("This submission does not exist, or you may not see it."),
    }
    return UserError(messages[what], code="not_found")


def confirmed_participant(*, user, cohort_id: int) -> Participant | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Participant.objects.filter(cohort_id=cohort_id, user=user, status=ParticipantStatus.CONFIRMED).first()


def clean_text(text: str | None, *, limit: int, field: str = "text") -> str:
    text = multiline(text).strip()
    if len(text) > limit:
        raise UserError(
            _("The text is too long: %(length)s characters. The limit is %(limit)s.")
            % length_and_limit(len(text), limit),
            code="too_long",
            field=field,
        )
    return text


def transition(*, submission_id: int, version: int, from_statuses, **values) -> bool:
    """Move a submission on, only if it is still in one of ``from_statuses``
    at ``version`` (one conditional UPDATE that bumps the version). True when
    this call won."""
    won = update_if_version(
        Submission.objects.filter(status__in=list(from_statuses)), pk=submission_id, version=version, **values
    )
    if won:
        user_cache.bump_shared("assignments")
    return won
