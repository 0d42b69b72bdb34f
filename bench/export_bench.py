"""The export benchmark (issue 15): a lesson-progress export of 500,000 rows,
run the way a Celery worker runs it (exports.services.job_run, in this
process), from PostgreSQL into a CSV file in the default storage.

Targets: at least 100,000 rows/s, and under 100 MB of memory growth. In the
report the ratio is rows/s ÷ 100,000 (target 1.0), and a growth of 100 MB or
more counts as an error. Memory is the resident set of a fresh process that runs
the job (as a worker would), sampled every 20 ms, minus what it was just
before the job started.

Runs inside `make bench` (BENCH_ONLY=export_progress for this one alone), or
on its own against DATABASE_URL: `python bench/export_bench.py` (it needs the
demo course: manage.py load_demo). bench/scenarios.py passes in what it shares
(the demo course, bench users and their tag, removed by its cleanup())."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from django.core.files.storage import default_storage
from django.db import connection, transaction
from reporting import verdict

NAME = "export_progress"
ROWS = 500_000
RATE_TARGET = 100_000
MEMORY_LIMIT_MB = 100


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class _PeakMemory(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.peak = _rss_mb()
        self.running = True

    def run(self):
        while self.running:
            self.peak = max(self.peak, _rss_mb())
            time.sleep(0.02)


def _progress_rows(course, bench_users: Callable) -> None:
    """Bench learners who completed every lesson of ``course``, until it has ROWS completions."""
    # deferred: run as a script, this module is read before __main__ sets Django up
    from accounts.models import Profile, User
    from modules.models import LessonCompletion, LessonPage

    lessons = list(LessonPage.objects.descendant_of(course).values_list("pk", flat=True))
    missing = ROWS - LessonCompletion.objects.filter(course=course).count()
    if missing <= 0:
        return
    users = bench_users(math.ceil(missing / len(lessons)), "export")
    batch = []
    with transaction.atomic():
        for user in users:
            batch += [LessonCompletion(user=user, lesson_id=pk, course=course, source="marked") for pk in lessons]
            if len(batch) >= 20_000:
                LessonCompletion.objects.bulk_create(batch)
                batch = []
        LessonCompletion.objects.bulk_create(batch)
    # Autovacuum would analyse the new rows in production; the export runs right
    # after the insert, before it does, and the planner would still see the old counts.
    with connection.cursor() as cursor:
        for model in (User, Profile, LessonCompletion):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def run(*, demo: Callable, bench_users: Callable, tag: str) -> dict:
    # deferred: run as a script, this module is read before __main__ sets Django up
    from accounts.models import User
    from exports.models import ExportJob, ExportStatus

    course, *_rest = demo()
    _progress_rows(course, bench_users)
    owner = User.objects.create(email=f"bench-{tag}-exporter@example.invalid", is_staff=True)
    # The row job_start writes, without its outbox entry: this process is the worker.
    job = ExportJob.objects.create(owner=owner, dataset="lesson_progress", filters={"course": course.pk})
    child = subprocess.run(
        [sys.executable, __file__, "--job", str(job.pk)], env=dict(os.environ), capture_output=True, text=True
    )
    if child.returncode:
        raise SystemExit(f"bench: the export worker failed:\n{child.stderr[-3000:]}")
    measured = json.loads(child.stdout.strip().splitlines()[-1])
    seconds = measured["seconds"]
    job.refresh_from_db()
    growth = round(measured["peak_mb"] - measured["before_mb"], 1)
    rate = round(job.rows_done / seconds) if job.status == ExportStatus.DONE else 0
    size_mb = round(default_storage.size(job.file.name) / 2**20, 1) if job.file else 0
    if job.file:
        default_storage.delete(job.file.name)
    job.delete()
    row = {
        "name": NAME,
        "label": f"Export of {job.rows_done:,} progress rows (CSV, worker; ratio = rows/s ÷ {RATE_TARGET:,})",
        "ratio": round(rate / RATE_TARGET, 3),
        "ratios": [round(rate / RATE_TARGET, 3)],
        "rps": 0.0,
        # The worker's own CPU time (PostgreSQL's is not in it): steadier than the wall clock on a busy machine.
        "cpu_ms": round(1000 * measured["cpu_seconds"], 1),
        "cpu_ratio": 0.0,
        "healthz_rps": 0.0,
        "p50_ms": round(1000 * seconds, 1),
        "p95_ms": round(1000 * seconds, 1),
        "p99_ms": round(1000 * seconds, 1),
        "errors": 0 if job.status == ExportStatus.DONE and growth < MEMORY_LIMIT_MB else 1,
        "requests": 1,
        "status": job.status,
        "queries": None,
        "worker_mb": round(measured["peak_mb"], 1),
        "worker_growth_mb": growth,
        "rows_per_second": rate,
        "check": f"memory growth {growth} MB (limit {MEMORY_LIMIT_MB}), file {size_mb} MB, "
        f"{round(job.rows_done / measured['cpu_seconds']):,} rows per worker CPU second",
        "target": 1.0,
        "stretch": None,
    }
    row["verdict"] = verdict(row)
    return row


def run_job(job_id: int) -> dict:
    """In the child process: run the job as a worker does, and measure it."""
    # deferred: run as a script, this module is read before __main__ sets Django up
    from exports import services

    before = _rss_mb()
    sampler = _PeakMemory()
    sampler.start()
    started, cpu = time.perf_counter(), time.process_time()
    services.job_run(job_id=job_id)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    sampler.running = False
    sampler.join()
    return {"seconds": seconds, "cpu_seconds": cpu, "before_mb": before, "peak_mb": sampler.peak}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    import django

    django.setup()
    if sys.argv[1:2] == ["--job"]:
        print(json.dumps(run_job(int(sys.argv[2]))))
        raise SystemExit(0)
    import reporting
    import scenarios  # noqa: I001 (needs Django set up)
    from wagtail.models import Page

    from modules.models import CoursePage
    from tests.factories.modules import CourseIndexPageFactory, build_course

    def course_of_30_lessons():
        """The demo course, or (on a database without the demo) a course of 30 lessons from the factories."""
        found = CoursePage.objects.order_by("pk").first()  # one made by an earlier run
        try:
            return scenarios.demo_course()
        except SystemExit:
            if found is None:
                home = Page.objects.filter(depth=2).first()
                found, _modules = build_course(CourseIndexPageFactory(parent=home), modules=5, lessons=6)
            return (found,)

    try:
        row = run(demo=course_of_30_lessons, bench_users=scenarios.bench_users, tag=scenarios.TAG)
        reporting.print_row(row)
    finally:
        scenarios.cleanup()
