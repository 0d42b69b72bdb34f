"""Profiles the learner pages in-process with pyinstrument, on the bench
database with the production settings of bench/production.py (DEBUG off,
Redis): `python bench/profile.py [lesson|module|course|dashboard|anonymous|
cohort|group|autosave|submit] [N]`. Warm caches first, then N requests
(default 30) in one profile, printed as a call tree, with the worker CPU
milliseconds per request (time.process_time) measured without the profiler.
The quiz scenarios use the benchmark's own temporary quiz and learners
(bench/scenarios.py), removed at the end."""

import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import production  # noqa: E402,F401 (sets the environment before Django starts)

django.setup()

# After django.setup(): scenarios and these import the models.
import scenarios  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from pyinstrument import Profiler  # noqa: E402

from cohorts.models import LocalGroup, Participant  # noqa: E402
from quizzes.models import Question  # noqa: E402


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "lesson"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    try:
        requests = _requests(which, count)
        for send in requests[:3]:  # warm the caches
            send()
        with CaptureQueriesContext(connection) as ctx:
            response = requests[3]()
        print(f"{which}: -> {response.status_code}, {len(ctx.captured_queries)} queries")
        for query in ctx.captured_queries:
            print("   ", query["sql"][:200])
        # On a shared machine the CPU time of a request varies with the neighbours' load:
        # five batches, and the lowest and the median batch's mean.
        batch, means = max(count // 5, 1), []
        for start in range(4, count + 4, batch):
            cpu = time.process_time()
            for send in requests[start : min(start + batch, count + 4)]:
                send()
            means.append(1000 * (time.process_time() - cpu) / len(requests[start : min(start + batch, count + 4)]))
        print(f"CPU ms/request: lowest {min(means):.2f}, median {statistics.median(means):.2f} ({count} requests)")
        profiler = Profiler(interval=0.0005)
        with profiler:
            for send in requests[count + 4 :]:
                send()
        print(profiler.output_text(unicode=True, color=False, show_all=bool(os.environ.get("PROFILE_ALL"))))
    finally:
        scenarios.cleanup()
    return 0


def _requests(which: str, count: int) -> list:
    """4 + 2 * count callables, each sending one request of the scenario
    (a submit needs a fresh answered attempt for each)."""
    course, learner, progress, lesson = scenarios.demo_course()
    client, _session = scenarios.sign_in(learner)
    total = 4 + 2 * count
    if which in ("autosave", "submit"):
        quiz, forms = scenarios.bench_quiz(scenarios.SUBMIT_QUESTIONS, which)
        if which == "autosave":
            (user,) = scenarios.bench_users(1, which)
            attempt = scenarios.answered_attempt(user, quiz, forms)
            question = Question.objects.prefetch_related("choices").get(pk=attempt.question_ids[0])
            keys = [c.key for c in question.choices.all()]
            user_client, _ = scenarios.sign_in(user)
            path = reverse("quizzes:question", args=[attempt.pk, 1])
            return [
                lambda key=keys[i % 2]: user_client.post(path, {"choice": key}, HTTP_HX_REQUEST="true")
                for i in range(total)
            ]
        # One client for every learner (a new client would load the middleware again): each
        # request sends its learner's session cookie.
        found, shared = [], Client(HTTP_HOST="127.0.0.1")
        for user in scenarios.bench_users(total, which):
            attempt = scenarios.answered_attempt(user, quiz, forms)
            session = scenarios.sign_in(user)[1]
            path = reverse("quizzes:submit", args=[attempt.pk])
            found.append(lambda s=session, p=path: (shared.cookies.load({"sessionid": s}), shared.post(p))[1])
        return found
    if which in ("cohort", "group"):
        seat = Participant.objects.filter(user=learner, status="confirmed").select_related("group__leader").first()
        if which == "cohort":
            path = seat.cohort.get_absolute_url()
        else:
            group = seat.group or LocalGroup.objects.filter(cohort_id=seat.cohort_id, leader__isnull=False).first()
            client, _ = scenarios.sign_in(group.leader)
            path = group.get_absolute_url()
    else:
        path = {
            "lesson": lesson.url,
            "module": lesson.module.url,
            "course": progress.url,
            "dashboard": reverse("modules:dashboard"),
            "anonymous": lesson.url,
        }[which]
        if which == "anonymous":
            client = Client(HTTP_HOST="127.0.0.1")
    return [lambda: client.get(path)] * total


if __name__ == "__main__":
    raise SystemExit(main())
