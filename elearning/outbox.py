"""The transactional outbox: background work that is never lost.

A service that changes state and needs work done afterwards (an e-mail, a
PDF) writes an outbox row in the same transaction as the change; a Celery
task delivers it after the commit, and a beat sweep delivers whatever that
missed. The whole API:

    from elearning import outbox

    @outbox.handler                       # in <app>/tasks.py: thin, takes ids
    def send_invitation(invitation_id: int) -> bool:
        return services.invitation_send_email(invitation_id=invitation_id)

    outbox.enqueue("coteaching.tasks.send_invitation", invitation.pk, key=f"coteaching.invitation:{token}")
    # -> (job, created)

Guarantees:

- ``enqueue`` writes its row in the caller's transaction (call it inside the
  service's ``@transaction.atomic``): the job exists exactly when the change
  that caused it was committed.
- One key, one job: enqueuing a key again returns the row already there (a
  double submit, two beats at once, a retried request). Put in the key what
  makes the work distinct (the round, the token, the variant).
- After the commit the delivery task is sent to the broker. A broker that is
  down costs nothing: the request still answers success, and the sweep
  delivers the job when the broker is back.
- Delivery claims the row with a conditional UPDATE that holds for
  ``OUTBOX["CLAIM_SECONDS"]`` (longer than a task may run). A worker killed
  in the middle of a job leaves a claim that expires; the sweep delivers the
  job again. So a handler must be idempotent: it checks what is done
  ("already sent?") before it acts, and records it after.
- A handler that raises a transient error (mail server, network, database
  connection, ``outbox.Retry``) is tried again with exponential backoff, up
  to ``MAX_ATTEMPTS``. Any other error, or the last attempt, marks the job
  failed: it is logged and listed for staff in the Wagtail admin (Reports →
  Failed background jobs).
- Exactly once holds for what the database records. An e-mail whose SMTP
  transaction completed just before its worker died is sent again: the mail
  server cannot take part in our transaction, so e-mail is at least once in
  that one window and exactly once otherwise.

``deliver`` and ``sweep`` must not run inside an outer transaction (the
claim has to be committed before the work); the tasks in elearning.tasks
call them.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections.abc import Callable
from functools import partial

from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from kombu.exceptions import OperationalError as BrokerError

from elearning.models import OutboxMessage, OutboxStatus

logger = logging.getLogger(__name__)


class Retry(Exception):
    """Raised by a handler that cannot do its work yet (someone else holds
    it): the job is tried again later, like a transient error."""


# Errors worth trying again: the mail server, the network, the database connection.
TRANSIENT_ERRORS = (Retry, smtplib.SMTPException, OSError, TimeoutError, OperationalError, InterfaceError)


def handler(fn: Callable) -> Callable:
    """Mark ``fn`` as a job the outbox may run (by its dotted path)."""
    fn.outbox_handler = True
    return fn


def _config(name: str):
    return settings.OUTBOX[name]


def enqueue(
    target: str | Callable, *args, key: str, delay: datetime.timedelta | None = None
) -> tuple[OutboxMessage, bool]:
    """Add a job to the outbox in the current transaction and deliver it
    after the commit (or after ``delay``, by the sweep). ``target`` is an
    @outbox.handler or its dotted path; ``args`` must be JSON: ids and short
    strings. Returns (job, created): the existing job and False if ``key``
    was enqueued before."""
    name = target if isinstance(target, str) else f"{target.__module__}.{target.__qualname__}"
    with transaction.atomic():
        message, created = OutboxMessage.objects.get_or_create(
            key=key[:200],
            defaults={"handler": name, "args": list(args), "due_at": timezone.now() + (delay or datetime.timedelta())},
        )
    if created and not delay:
        transaction.on_commit(partial(kick, message.pk))
    return message, created


def kick(message_id: int) -> None:
    """Send the delivery task for one job to the broker. If the broker does
    not take it, the job stays in the outbox for the sweep."""
    # cycle: elearning.outbox -> elearning.tasks -> elearning.outbox
    from elearning import tasks

    try:
        tasks.outbox_deliver.delay(message_id)
    except (BrokerError, OSError):
        logger.warning("Outbox job %s: the broker did not take it; the sweep delivers it later", message_id)


def _backoff(attempts: int) -> datetime.timedelta:
    seconds = _config("RETRY_SECONDS") * 2 ** max(attempts - 1, 0)
    return datetime.timedelta(seconds=min(seconds, _config("RETRY_MAX_SECONDS")))


def _resolve(name: str) -> Callable:
    fn = import_string(name)
    if not getattr(fn, "outbox_handler", False):
        raise LookupError(f"{name} is not an outbox handler (decorate it with @outbox.handler)")
    return fn


def deliver(message_id: int, *, now: datetime.datetime | None = None) -> bool:
    """Claim one job and run it. Returns True if this call completed it;
    False if it was not due, is claimed by a live worker, is done already,
    or failed (then it is rescheduled or marked failed)."""
    now = now or timezone.now()
    claimed = OutboxMessage.objects.filter(
        Q(status=OutboxStatus.PENDING, due_at__lte=now) | Q(status=OutboxStatus.CLAIMED, claimed_until__lt=now),
        pk=message_id,
    ).update(
        status=OutboxStatus.CLAIMED,
        claimed_until=now + datetime.timedelta(seconds=_config("CLAIM_SECONDS")),
        attempts=F("attempts") + 1,
    )
    if not claimed:
        return False
    message = OutboxMessage.objects.get(pk=message_id)
    mine = OutboxMessage.objects.filter(pk=message_id, status=OutboxStatus.CLAIMED)
    try:
        _resolve(message.handler)(*message.args)
    except TRANSIENT_ERRORS as error:
        if message.attempts < _config("MAX_ATTEMPTS"):
            logger.warning("Outbox job %s (%s) attempt %s: %r; trying again later", message.pk, message.handler,
                           message.attempts, error)  # fmt: skip
            mine.update(
                status=OutboxStatus.PENDING,
                due_at=timezone.now() + _backoff(message.attempts),
                claimed_until=None,
                last_error=repr(error)[:2000],
            )
            return False
        _fail(mine, message, error)
        return False
    except Exception as error:  # a bug or bad data: retrying would not help
        _fail(mine, message, error)
        return False
    mine.update(status=OutboxStatus.DONE, done_at=timezone.now(), claimed_until=None)
    return True


def _fail(queryset, message: OutboxMessage, error: Exception) -> None:
    logger.error("Outbox job %s (%s) failed for good after %s attempts: %r", message.pk, message.handler,
                 message.attempts, error, exc_info=error)  # fmt: skip
    queryset.update(status=OutboxStatus.FAILED, claimed_until=None, last_error=repr(error)[:2000])


def sweep(*, now: datetime.datetime | None = None) -> int:
    """Beat sweep: send every job that is due and was not delivered (the
    broker was down, a retry's time has come) or whose claim expired (its
    worker died), and forget jobs done long ago. Running it twice, or two
    beats at once, only sends duplicate delivery tasks, which the claim turns
    away. Returns how many jobs it sent."""
    now = now or timezone.now()
    grace = datetime.timedelta(seconds=_config("KICK_GRACE_SECONDS"))
    due = list(
        OutboxMessage.objects.filter(
            Q(status=OutboxStatus.PENDING, due_at__lte=now - grace)
            | Q(status=OutboxStatus.CLAIMED, claimed_until__lt=now)
        )
        .order_by("due_at")
        .values_list("pk", flat=True)[: _config("SWEEP_BATCH")]
    )
    for message_id in due:
        kick(message_id)
    OutboxMessage.objects.filter(
        status=OutboxStatus.DONE, done_at__lt=now - datetime.timedelta(days=_config("KEEP_DONE_DAYS"))
    ).delete()
    return len(due)
