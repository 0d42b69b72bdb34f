"""Every staff report page (insights.views.REPORTS) in `make bench` (issue 15:
each answers in under 1 s at size L, with a number of queries that does not
grow with the data).

Each report is asked for three times, one request at a time, through the
benchmark's gunicorn by a superuser, with no filter (all the data: the worst
case), except the two that need one: the item analysis of the quiz with the
most submitted attempts, and the person report of the learner with the most
completed lessons. Its figure is the median time; the ratio is 1 s ÷ that
time (target 1.0: under a second). Queries are counted in-process on the
same database, the second of two requests (caches warm, as in the server).

Run them alone with BENCH_ONLY=reports (or report_<slug>, e.g.
report_evaluation_comments). Imported by bench/scenarios.py, after django.setup()."""

from __future__ import annotations

import statistics
from collections.abc import Callable

import production
from django.db import connection
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reporting import verdict

from accounts.models import User
from insights.views import REPORTS
from modules.models import LessonCompletion
from quizzes.models import Quiz

GROUP = "reports"
DEADLINE_MS = 1000.0


def name(view) -> str:
    return f"report_{view.slug.replace('-', '_')}"


def _filters(views) -> dict[str, str]:
    """The query string of the reports that need a filter to show anything."""
    found = {}
    quiz = (
        Quiz.objects.annotate(n=Count("attempts", filter=Q(attempts__submitted_at__isnull=False)))
        .order_by("-n", "pk")
        .first()
    )
    if quiz is not None:
        found["quiz-items"] = f"?quiz={quiz.pk}"
    busiest = LessonCompletion.objects.values("user").annotate(n=Count("pk")).order_by("-n", "user").first()
    email = User.objects.filter(pk=busiest["user"]).values_list("email", flat=True).first() if busiest else None
    if email:
        found["person"] = f"?person={email}"
    return found


def _measure(view, path: str, headers: dict, client: Client) -> dict:
    first = production.probe({"path": path, "headers": headers})
    if first != 200:
        raise SystemExit(f"bench: report {view.slug} answered {first}, expected 200 ({path})")
    runs = [production.run_once([{"path": path, "headers": headers}], concurrency=1) for _ in range(production.ROUNDS)]
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    times = sorted(run["p50_ms"] for run in runs)
    median = statistics.median(times)
    row = {
        "name": name(view),
        "label": f"Report: {view.page_title} (ratio = 1 s ÷ time)",
        "ratio": round(DEADLINE_MS / median, 3),
        "ratios": [round(DEADLINE_MS / t, 3) for t in times],
        "rps": 0.0,
        "cpu_ms": 0.0,
        "cpu_ratio": 0.0,
        "healthz_rps": 0.0,
        "p50_ms": round(median, 1),
        "p95_ms": round(times[-1], 1),
        "p99_ms": round(times[-1], 1),
        "errors": sum(run["errors"] for run in runs),
        "requests": len(runs),
        "status": first,
        "queries": len(ctx.captured_queries),
        "worker_mb": 0.0,
        "worker_growth_mb": 0.0,
        "rows_per_second": None,
        "check": f"{median:.0f} ms median of {len(runs)} (limit {DEADLINE_MS:.0f} ms)",
        "target": 1.0,
        "stretch": None,
    }
    row["verdict"] = verdict(row)
    return row


def scenarios(*, only: set[str], tag: str, headers: Callable[[str], dict], signed_in: Callable) -> list:
    """(name, label, run) for each report asked for: ``headers(session_key)``
    and ``signed_in(user)`` are the benchmark's own (bench/scenarios.py)."""
    views = [view for view in REPORTS if not only or GROUP in only or name(view) in only]
    if not views:
        return []
    staff = User.objects.create(email=f"bench-{tag}-reports@example.invalid", is_staff=True, is_superuser=True)
    client, session = signed_in(staff)
    filters = _filters(views)
    found = []
    for view in views:
        path = reverse(view.url_name()) + filters.get(view.slug, "")

        def run(view=view, path=path):
            return _measure(view, path, headers(session), client)

        found.append((name(view), f"Report: {view.page_title}", run))
    return found
