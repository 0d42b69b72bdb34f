"""Profiles the learner pages in-process with pyinstrument, on the bench
database with the production settings of bench/production.py (DEBUG off,
Redis): `python bench/profile.py [lesson|module|course|dashboard|anonymous|autosave] [N]`.
Warm caches first, then N requests (default 30) in one profile, printed as
a call tree."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import production  # noqa: E402,F401 (sets the environment before Django starts)


def main() -> int:
    import django

    django.setup()
    import scenarios
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from pyinstrument import Profiler

    which = sys.argv[1] if len(sys.argv) > 1 else "lesson"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    course, learner, progress, lesson, _marked = scenarios._demo()
    client, _session = scenarios._signed_in(learner)
    paths = {
        "lesson": lesson.url,
        "module": lesson.module.url,
        "course": progress.url,
        "dashboard": reverse("modules:dashboard"),
        "anonymous": lesson.url,
    }
    if which == "anonymous":
        client = scenarios.Client(HTTP_HOST="127.0.0.1")
    path = paths[which]
    for _ in range(3):
        response = client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    print(f"{which}: {path} -> {response.status_code}, {len(ctx.captured_queries)} queries")
    for query in ctx.captured_queries:
        print("   ", query["sql"][:160])
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(count):
            client.get(path)
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
