"""A tiny benchmark harness: times views in-process through the whole Django
stack (middleware, sessions, templates, database) with the test client, on
the demo database that `make run`/`make demo` (manage.py load_demo, from the
demo app) leaves in var/db.sqlite3 (or DATABASE_URL). Figures are medians
over many requests, and every view is reported as a ratio to the trivial
view /healthz on the same stack, so the numbers mean something on a noisy
machine."""

import os
import statistics
import time
from collections.abc import Callable

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
os.environ.setdefault("DEBUG", "1")
django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()  # adds "testserver" to ALLOWED_HOSTS, locmem e-mail

TRIVIAL_URL = "/healthz"


def time_requests(fn: Callable[[], object], *, n: int = 100, warmup: int = 10) -> float:
    """Median milliseconds of ``fn`` over ``n`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def get(client: Client, url: str, *, expect: int = 200) -> Callable[[], object]:
    def _get():
        response = client.get(url)
        assert response.status_code == expect, (url, response.status_code)
        return response

    return _get


def trivial_ms(n: int = 200) -> float:
    return time_requests(get(Client(), TRIVIAL_URL), n=n)


def report(title: str, rows: list[tuple[str, float]], baseline_ms: float) -> None:
    print(f"\n{title}")
    print(f"  {'what':<48} {'median ms':>10} {'× trivial':>10}")
    print(f"  {'trivial view ' + TRIVIAL_URL:<48} {baseline_ms:>10.2f} {1.0:>10.1f}")
    for name, ms in rows:
        print(f"  {name:<48} {ms:>10.2f} {ms / baseline_ms:>10.1f}")
