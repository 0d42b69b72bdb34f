"""The export benchmark (issue 15): a lesson-progress export of 500,000 rows,
run the way a Celery worker runs it (exports.services.job_run, in this
process), from PostgreSQL into a CSV file in the default storage.

Targets: at least 100,000 rows/s, and under 100 MB of memory growth. In the
report the ratio is rows/s ÷ 100,000 (target 1.0), and a growth of 100 MB or
more counts as an error. Memory is the process's resident set, sampled every
20 ms while the job runs, minus what it was just before.

Runs inside `make bench` (BENCH_ONLY=export_progress for this one alone), or
on its own against DATABASE_URL: `python bench/export_bench.py` (it needs the
demo course: manage.py load_demo). bench/scenarios.py passes in what it shares
(the demo course, bench users and their tag, removed by its cleanup())."""

from __future__ import annotations

import math
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

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
    from django.db import transaction

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


def run(*, demo: Callable, bench_users: Callable, tag: str) -> dict:
    from django.core.files.storage import default_storage

    from accounts.models import User
    from exports import services
    from exports.models import ExportJob, ExportStatus

    course, *_rest = demo()
    _progress_rows(course, bench_users)
    owner = User.objects.create(email=f"bench-{tag}-exporter@example.invalid", is_staff=True)
    # The row job_start writes, without its outbox entry: this process is the worker.
    job = ExportJob.objects.create(owner=owner, dataset="lesson_progress", filters={"course": course.pk})
    before = _rss_mb()
    sampler = _PeakMemory()
    sampler.start()
    started = time.perf_counter()
    services.job_run(job_id=job.pk)
    seconds = time.perf_counter() - started
    sampler.running = False
    sampler.join()
    job.refresh_from_db()
    growth = round(sampler.peak - before, 1)
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
        "cpu_ms": round(1000 * seconds, 1),
        "cpu_ratio": 0.0,
        "healthz_rps": 0.0,
        "p50_ms": round(1000 * seconds, 1),
        "p95_ms": round(1000 * seconds, 1),
        "p99_ms": round(1000 * seconds, 1),
        "errors": 0 if job.status == ExportStatus.DONE and growth < MEMORY_LIMIT_MB else 1,
        "requests": 1,
        "status": job.status,
        "queries": None,
        "worker_mb": round(sampler.peak, 1),
        "worker_growth_mb": growth,
        "rows_per_second": rate,
        "check": f"memory growth {growth} MB (limit {MEMORY_LIMIT_MB}), file {size_mb} MB",
        "target": 1.0,
        "stretch": None,
    }
    row["verdict"] = verdict(row)
    return row


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import django

    django.setup()
    import reporting
    import scenarios  # noqa: I001 (needs Django set up)

    def course_of_30_lessons():
        """The demo course, or (on a database without the demo) a course of 30 lessons from the factories."""
        from modules.models import CoursePage
        from tests.factories.modules import CourseIndexPageFactory, build_course

        found = CoursePage.objects.filter(slug=f"bench-export-{scenarios.TAG}").first()
        try:
            return scenarios._demo()
        except SystemExit:
            if found is None:
                home = Page.objects.filter(depth=2).first()
                found, _modules = build_course(CourseIndexPageFactory(parent=home), modules=5, lessons=6)
            return (found,)

    from wagtail.models import Page

    try:
        row = run(demo=course_of_30_lessons, bench_users=scenarios._bench_users, tag=scenarios.TAG)
        reporting.print_row(row)
    finally:
        scenarios.cleanup()
