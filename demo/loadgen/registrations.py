"""Theme-session registrations: learners sign up for the published
sessions in turn; the first ones up to the capacity get a seat, the rest go
on the waiting list in the order they came (as the sign-up service does)."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from demo.loadgen.common import BATCH
from theme_sessions.models import Registration, RegistrationStatus, SessionPage


def generate(*, size, learners, stdout) -> dict:
    sessions = list(
        SessionPage.objects.live()
        .filter(cancelled=False)
        .annotate(taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)))
        .order_by("start")
    )
    if not sessions or not learners:
        stdout.write("Load data: no published theme session (load the demo first); no registrations made.")
        return {"registrations": 0}
    total = round(size.per_learner(size.registrations) * len(learners))
    step = max(1, len(learners) // max(total, 1))
    seats = {session.pk: max(session.capacity - session.taken, 0) for session in sessions}
    now = timezone.now()
    rows = []
    for n, user in enumerate(learners[::step][:total]):
        session = sessions[n % len(sessions)]
        confirmed = seats[session.pk] > 0
        seats[session.pk] -= 1 if confirmed else 0
        queued = now - datetime.timedelta(seconds=total - n)
        rows.append(
            Registration(
                session=session,
                user=user,
                status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED,
                queued_at=queued,
                confirmed_at=queued if confirmed else None,
            )
        )
    Registration.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    stdout.write(f"Load data: {len(rows)} theme-session registrations.")
    return {"registrations": len(rows)}
