"""What the quiz services share: their errors and messages, the time limit's grace, the locked
attempt, and the snapshots each process keeps (see quizzes.services)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from elearning import content_cache
from elearning.errors import Conflict, UserError
from quizzes.models import Attempt

LESSON_ACCESS_HOOK = "quiz_lesson_access"
QUIZ_PASSED_HOOK = "quiz_passed"


class QuizNotAvailable(UserError):
    pass


class NoAttemptsLeft(Conflict):
    pass


class AttemptNotFound(UserError):
    """Unknown id, or someone else's attempt: shown as 404."""

    status = 404


class AttemptClosed(Conflict):
    pass


class TimeUp(AttemptClosed):
    pass


def grace() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.QUIZ_GRACE_SECONDS)


def is_late(attempt: Attempt, now: datetime.datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + grace()


def locked_attempt(*, user, attempt_id: int) -> Attempt:
    # FOR NO KEY UPDATE waits for the saves holding FOR SHARE (see saving._OPEN_ATTEMPT) and lets the
    # result rows' foreign keys (FOR KEY SHARE) through. get(), unlike first(), compiles no ORDER BY.
    try:
        if not user.pk:
            raise Attempt.DoesNotExist
        return Attempt.objects.select_for_update(no_key=True).get(pk=attempt_id, user=user)
    except Attempt.DoesNotExist:
        raise AttemptNotFound(_("This attempt does not exist.")) from None


TIME_UP_MESSAGE = _(
    "The time limit has passed, so this was not saved. The answers you saved before the time ran out are kept "
    "and have been graded."
)
SUBMITTED_MESSAGE = _("This attempt is already submitted, so its answers can no longer be changed.")


def closed_message(attempt: Attempt):
    return TIME_UP_MESSAGE if attempt.timed_out else SUBMITTED_MESSAGE


MAX_SNAPSHOTS = 50  # a parsed snapshot of 20 questions is some 40 KB
_snapshots: dict[tuple, dict] = {}  # (content version, snapshot id): its questions


def kept_snapshot(snapshot_id: int, load) -> dict:
    """The questions of a snapshot, which never changes, from ``load()`` once
    per process and content version, and shared by the attempts at it."""
    key = (content_cache.version(), snapshot_id)
    questions = _snapshots.get(key)
    if questions is None:
        if len(_snapshots) >= MAX_SNAPSHOTS:
            _snapshots.clear()
        questions = _snapshots[key] = load()
    return questions
