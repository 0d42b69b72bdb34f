"""Sign-up burst: 500 concurrent sign-ups into a 100-seat session on
PostgreSQL must give exactly 100 confirmed, 400 on the waiting list and no
errors. Threads call the registration service, each on its own database
connection, against DATABASE_URL. Everything it creates is removed again.

Run alone with `DATABASE_URL=postgres://… DEBUG=1 .venv/bin/python bench/bench_theme_sessions.py`
or through `make bench`. Skipped (with a message) on SQLite."""

import datetime
import os
import sys
import threading
import time
import uuid
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
os.environ.setdefault("DEBUG", "1")
# E-mails are enqueued on commit; the bench measures the database, not SMTP.
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "0")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connections, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from accounts.models import User  # noqa: E402
from theme_sessions import services  # noqa: E402
from theme_sessions.models import Registration, SeriesPage, SessionPage, ThemeSessionIndexPage  # noqa: E402

SIGN_UPS = 500
CAPACITY = 100
THREADS = 32


def _burst() -> None:
    tag = uuid.uuid4().hex[:8]
    root = Page.get_first_root_node()
    with transaction.atomic():
        index = root.add_child(instance=ThemeSessionIndexPage(title=f"Bench {tag}", slug=f"bench-{tag}", live=False))
        series = index.add_child(instance=SeriesPage(title="Bench", slug="bench", live=False))
        start = timezone.now() + datetime.timedelta(days=30)
        session = series.add_child(
            instance=SessionPage(
                title="Bench session",
                slug="bench-session",
                summary="Benchmark",
                start=start,
                end=start + datetime.timedelta(hours=1),
                capacity=CAPACITY,
            )
        )
        users = User.objects.bulk_create(
            [User(email=f"bench-{tag}-{i}@example.invalid", is_active=True) for i in range(SIGN_UPS)]
        )
    users = list(User.objects.filter(email__startswith=f"bench-{tag}-").order_by("pk"))

    errors: list[str] = []
    barrier = threading.Barrier(THREADS)

    def worker(chunk):
        try:
            barrier.wait()
            for user in chunk:
                try:
                    services.registration_create_for_user(session_id=session.pk, user=user, language="nb")
                except Exception as exc:  # noqa: BLE001 - every error is counted and printed
                    errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            connections.close_all()

    chunks = [users[i::THREADS] for i in range(THREADS)]
    # The e-mail tasks would go to the broker on commit; the bench leaves them out.
    with mock.patch("theme_sessions.services.registrations.enqueue"):
        threads = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began

    confirmed = Registration.objects.filter(session=session, status="confirmed").count()
    waitlisted = Registration.objects.filter(session=session, status="waitlisted").count()
    print("\nTheme sessions: sign-up burst on PostgreSQL")
    print(f"  {SIGN_UPS} concurrent sign-ups ({THREADS} threads) into a {CAPACITY}-seat session")
    print(f"  confirmed {confirmed}, waitlisted {waitlisted}, errors {len(errors)}")
    print(f"  {elapsed:.2f} s in all, {elapsed / SIGN_UPS * 1000:.1f} ms per sign-up")
    for error in errors[:5]:
        print(f"  error: {error}")

    with transaction.atomic():
        Registration.objects.filter(session=session).delete()
        index.delete()
        User.objects.filter(email__startswith=f"bench-{tag}-").delete()

    ok = confirmed == CAPACITY and waitlisted == SIGN_UPS - CAPACITY and not errors
    print("  OK" if ok else "  FAILED: overbooked, lost sign-ups or errors")
    if not ok:
        raise SystemExit(1)


def main() -> None:
    if not settings.IS_POSTGRES:
        print("\nTheme sessions: sign-up burst skipped: DATABASE_URL is not PostgreSQL.")
        return
    _burst()


if __name__ == "__main__":
    main()
