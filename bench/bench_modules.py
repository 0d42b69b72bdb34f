"""The online course for a signed-in learner, on the demo database (`make
demo` first): the lesson, module and course pages, "Mine kurs", and the
"Merk som fullført" POST (plain and htmx), each as a ratio to /healthz.

The page timings use the demo course and learner (demo/loaders/modules.py) on
a lesson of the module they are working on. The mark-complete timings use
temporary bench learners, one per request, so every POST is a real first
completion (a new LessonCompletion and the course-completion check); a
double submit, which changes nothing, is timed separately. The bench
learners and their rows are removed again.

Run alone with `DEBUG=1 .venv/bin/python bench/bench_modules.py` or through `make bench`."""

import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# harness sets Django up when it is imported: the models below come after it.
from django.urls import reverse  # noqa: E402
from harness import Client, get, report, time_requests, trivial_ms  # noqa: E402

from accounts.models import Profile, Role, User  # noqa: E402
from demo.loaders import modules as course_demo  # noqa: E402
from modules import selectors, services  # noqa: E402
from modules.models import (  # noqa: E402
    Certificate,
    CompletionRule,
    CoursePage,
    Enrolment,
    EnrolmentSource,
    LessonCompletion,
    LessonPage,
)

POSTS = 60


def _demo():
    course = CoursePage.objects.live().filter(slug=course_demo.COURSE["slug"]).first()
    learner = User.objects.filter(email=course_demo.LEARNER).first()
    if course is None or learner is None:
        raise SystemExit("bench_modules: load the demo first (make demo).")
    progress = selectors.course_progress(course=course, user=learner)
    lesson = progress.resume_lesson or progress.lessons[0]
    module = lesson.module
    first_module = progress.modules[0]
    marked = LessonPage.objects.get(
        pk=next(item.id for item in first_module.lessons if item.completion_rule == CompletionRule.MARKED)
    )
    return course, learner, lesson, module, marked


def _bench_learners(course, count: int, tag: str):
    users = User.objects.bulk_create(
        [User(email=f"bench-{tag}-{i}@example.invalid", is_active=True) for i in range(count)]
    )
    users = list(User.objects.filter(email__startswith=f"bench-{tag}-").order_by("pk"))
    Profile.objects.bulk_create([Profile(user=user, role=Role.PROFESSIONAL) for user in users])
    clients = []
    for user in users:
        services.course_enrol(user=user, course=course, source=EnrolmentSource.STAFF)
        client = Client()
        client.force_login(user)
        clients.append(client)
    return users, clients


def _cleanup(tag: str) -> None:
    users = User.objects.filter(email__startswith=f"bench-{tag}-")
    # Completions and enrolments outlive a deleted account (user set to NULL); remove them first.
    LessonCompletion.objects.filter(user__in=users).delete()
    Enrolment.objects.filter(user__in=users).delete()
    Certificate.objects.filter(user__in=users).delete()
    users.delete()


def _posts(clients, url: str, **headers):
    pending = iter(clients)

    def _post():
        response = next(pending).post(url, **headers)
        assert response.status_code in (200, 302), (url, response.status_code)
        return response

    return _post


def main() -> None:
    course, learner, lesson, module, marked = _demo()
    baseline = trivial_ms()
    client = Client()
    client.force_login(learner)
    rows = [
        ("lesson page (signed-in learner)", time_requests(get(client, lesson.url), n=100)),
        ("module page (signed-in learner)", time_requests(get(client, module.url), n=100)),
        ("course page (signed-in learner)", time_requests(get(client, course.url), n=100)),
        ("Mine kurs dashboard", time_requests(get(client, reverse("modules:dashboard")), n=100)),
    ]
    url = reverse("modules:mark_complete", args=[marked.pk])
    tag = uuid.uuid4().hex[:8]
    try:
        _users, clients = _bench_learners(course, 2 * (POSTS + 5) + 1, tag)
        half = POSTS + 5
        plain, htmx, again = clients[:half], clients[half : 2 * half], clients[-1]
        rows.append(("mark complete POST (first time)", time_requests(_posts(plain, url), n=POSTS, warmup=5)))
        rows.append(
            (
                "mark complete POST, htmx partial (first time)",
                time_requests(_posts(htmx, url, HTTP_HX_REQUEST="true"), n=POSTS, warmup=5),
            )
        )
        again.post(url)
        rows.append(
            (
                "mark complete POST again (double submit)",
                time_requests(_posts([again] * (POSTS + 5), url, HTTP_HX_REQUEST="true"), n=POSTS, warmup=5),
            )
        )
    finally:
        _cleanup(tag)
    report("Online course (demo course, signed in)", rows, baseline)


if __name__ == "__main__":
    main()
