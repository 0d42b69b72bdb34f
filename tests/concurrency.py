"""Real parallel clients for the PostgreSQL concurrency tests: threads, each
with its own database connection, released together by a barrier."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from celery._state import _set_task_join_will_block
from django.db import close_old_connections, connections


def run_parallel(fn: Callable, items: Sequence, *, threads: int | None = None) -> tuple[list, list[Exception]]:
    """Call ``fn(item)`` for every item, spread over ``threads`` threads
    (one per item by default) that all start at the same moment. Returns
    the results and the exceptions, each in the order they arrived."""
    threads = min(threads or len(items), len(items))
    results, errors = [], []
    barrier = threading.Barrier(threads)

    def worker(chunk):
        try:
            barrier.wait()
            for item in chunk:
                try:
                    results.append(fn(item))
                except Exception as exc:  # noqa: BLE001 - returned to the test, which asserts on them
                    errors.append(exc)
        finally:
            connections.close_all()

    pool = [threading.Thread(target=worker, args=(items[i::threads],)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    close_old_connections()
    # An eager task runs inside celery's denied_join_result(), which saves and
    # restores one process-wide flag; eager tasks in several threads at once
    # can leave it set, and every later .get() in this process would refuse.
    _set_task_join_will_block(False)
    return results, errors
