"""The scenarios of the production-like benchmark (bench/production.py):
what each one requests, with which signed-in learner, and its target as a
ratio to /healthz (issue 14). Imported after django.setup() on the bench
database. The learners, quizzes and attempts a scenario needs are made here
with the services (temporary, tagged bench-<tag>-…, removed at the end)."""

from __future__ import annotations

import secrets
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import export_bench
import insights_bench
import production
from django.db import connection, transaction
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reporting import verdict

from accounts.models import Profile, Role, User
from cohorts.models import LocalGroup, Participant
from demo.loaders import modules as course_demo
from modules import selectors
from modules import services as module_services
from modules.models import Certificate, CompletionRule, CoursePage, Enrolment, EnrolmentSource, LessonCompletion
from quizzes import services as quiz_services
from quizzes.models import Attempt, Question, Quiz
from tests.factories.quizzes import add_question, right_form
from tests.factories.theme_sessions import SessionPageFactory
from theme_sessions.models import Registration, RegistrationStatus, SeriesPage, SessionPage

TAG = uuid.uuid4().hex[:8]
CSRF = secrets.token_hex(16)  # 32 characters: a valid CSRF secret for the cookie and the header
SUBMIT_QUESTIONS = 20
TYPES = ["single", "multiple", "true_false", "ordering", "short_text"]


@dataclass
class Scenario:
    name: str
    label: str
    target: float | None = None
    stretch: float | None = None
    # "wrk": requests repeated for SECONDS; "once": rounds() gives fresh items, each sent once.
    kind: str = "wrk"
    requests: list[dict] = field(default_factory=list)
    rounds: list[list[dict]] = field(default_factory=list)
    expect: int = 200
    queries: Callable[[], int] | None = None
    rows: int | None = None  # rows a report or export covers
    concurrency: int = production.CONNECTIONS
    check: Callable[[], str] | None = None  # what a burst must leave behind, checked after it
    run: Callable[[], dict] | None = None  # measured in this process, not over HTTP: gives its own row


def _headers(session_key: str | None = None, *, htmx: bool = False) -> dict:
    cookies = [f"csrftoken={CSRF}"]
    if session_key:
        cookies.append(f"sessionid={session_key}")
    headers = {"Cookie": "; ".join(cookies), "X-CSRFToken": CSRF}
    if htmx:
        headers["HX-Request"] = "true"
    return headers


def sign_in(user) -> tuple[Client, str]:
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client, client.cookies["sessionid"].value


def _count(client: Client, method: str, path: str, data=None, **extra) -> Callable[[], int]:
    def count() -> int:
        call = client.post if method == "POST" else client.get
        call(path, data, **extra)  # warm the caches, as the server's are
        with CaptureQueriesContext(connection) as ctx:
            call(path, data, **extra)
        return len(ctx.captured_queries)

    return count


def bench_users(count: int, label: str):
    emails = [f"bench-{TAG}-{label}-{i}@example.invalid" for i in range(count)]
    User.objects.bulk_create([User(email=email, is_active=True) for email in emails])
    users = list(User.objects.filter(email__in=emails).order_by("pk"))
    Profile.objects.bulk_create([Profile(user=user, role=Role.PROFESSIONAL) for user in users])
    return users


def demo_course():
    course = CoursePage.objects.live().filter(slug=course_demo.COURSE["slug"]).first()
    learner = User.objects.filter(email=course_demo.LEARNER).first()
    if course is None or learner is None:
        raise SystemExit("bench: the demo course or learner is missing (manage.py load_demo).")
    progress = selectors.course_progress(course=course, user=learner)
    lesson = progress.resume_lesson or progress.lessons[0]
    return course, learner, progress, lesson


def _markable_lesson(course, learner):
    """The first lesson that ``learner``, just enrolled like every user of
    the scenario, may mark as completed: rule "marked", open and not done.
    (The demo learner's own progress is no guide: their locks and audience
    are not a new learner's.)"""
    progress = selectors.course_progress(course=course, user=learner)
    for lesson in progress.lessons:
        open_ = not (lesson.locked or lesson.module.locked or lesson.completed)
        if lesson.completion_rule == CompletionRule.MARKED and open_ and lesson.counts:
            return lesson
    raise SystemExit("bench: the demo course has no lesson a new learner can mark as completed.")


def bench_quiz(size: int, label: str):
    quiz = Quiz.objects.create(
        title=f"Bench {size}", slug=f"bench-{TAG}-{label}-{size}", kind="test", pass_mark=70, max_attempts=None
    )
    for n in range(size):
        add_question(quiz, TYPES[n % len(TYPES)], n=n)
    forms = {q.pk: right_form(q) for q in Question.objects.filter(quiz=quiz).prefetch_related("choices")}
    return quiz, forms


def answered_attempt(user, quiz, forms):
    attempt, _created = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
    for qid in attempt.question_ids:
        quiz_services.answer_save(user=user, attempt_id=attempt.pk, question_id=qid, data=forms[qid])
    return attempt


def _submit_item(user, attempt) -> dict:
    """The submit of ``attempt`` by ``user``, signed in. A learner submits from
    the attempt's last question, which they have just read: their per-user
    cache entries are there, as they are for a learner on the site."""
    client, session_key = sign_in(user)
    last_question = client.get(reverse("quizzes:question", args=[attempt.pk, len(attempt.question_ids)]))
    assert last_question.status_code == 200, f"the last question answered {last_question.status_code}"
    return {"method": "POST", "path": reverse("quizzes:submit", args=[attempt.pk]), "headers": _headers(session_key)}


def _cohort_scenarios(learner, client, signed_in) -> list[Scenario]:
    """The learner's cohort timeline and a group leader's group page in the
    demo's living cohort (issue 13); none if the demo has no cohort."""
    seat = Participant.objects.filter(user=learner, status="confirmed").select_related("group__leader").first()
    if seat is None:
        return []
    found = [
        Scenario(
            "cohort_timeline",
            "Cohort page with the timeline, participant",
            target=0.25,
            stretch=0.5,
            requests=[{"path": seat.cohort.get_absolute_url(), "headers": signed_in}],
            queries=_count(client, "GET", seat.cohort.get_absolute_url()),
        )
    ]
    group = seat.group or LocalGroup.objects.filter(cohort_id=seat.cohort_id, leader__isnull=False).first()
    if group is not None and group.leader is not None:
        leader_client, leader_session = sign_in(group.leader)
        found.append(
            Scenario(
                "group_page",
                "Group page, group leader",
                target=0.25,
                stretch=0.5,
                requests=[{"path": group.get_absolute_url(), "headers": _headers(leader_session)}],
                queries=_count(leader_client, "GET", group.get_absolute_url()),
            )
        )
    return found


def build(*, only: set[str]) -> list[Scenario]:
    course, learner, progress, lesson = demo_course()
    client, session = sign_in(learner)
    signed_in = _headers(session)
    pages = [
        ("lesson", "Lesson, signed in", lesson.url),
        ("module", "Module page, signed in", lesson.module.url),
        ("course", "Course page, signed in", progress.url),
        ("dashboard", '"Mine kurs"', reverse("modules:dashboard")),
    ]
    scenarios = [
        Scenario(
            name,
            label,
            target=0.25,
            stretch=0.5,
            requests=[{"path": path, "headers": signed_in}],
            queries=_count(client, "GET", path),
        )
        for name, label, path in pages
    ]
    scenarios += _cohort_scenarios(learner, client, signed_in)
    anonymous = Client(HTTP_HOST="127.0.0.1")
    scenarios.append(
        Scenario(
            "anonymous_lesson",
            "Lesson, anonymous visitor",
            target=0.5,
            stretch=0.8,
            requests=[{"path": lesson.url, "headers": _headers()}],
            expect=0,  # whatever the site answers an anonymous visitor (a page or a redirect to log in)
            queries=_count(anonymous, "GET", lesson.url),
        )
    )
    wanted = [s for s in scenarios if not only or s.name in only]

    if not only or "autosave" in only:
        with transaction.atomic():
            quiz, _forms = bench_quiz(SUBMIT_QUESTIONS, "autosave")
            (user,) = bench_users(1, "autosave")
        attempt, _ = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
        question = Question.objects.prefetch_related("choices").get(pk=attempt.question_ids[0])
        keys = [c.key for c in question.choices.all()]
        path = reverse("quizzes:question", args=[attempt.pk, 1])
        user_client, user_session = sign_in(user)
        headers = _headers(user_session, htmx=True)
        # Two threads take every other item: each alternates between two options, so every save writes.
        bodies = [f"choice={keys[0]}", f"choice={keys[0]}", f"choice={keys[1]}", f"choice={keys[1]}"]
        wanted.append(
            Scenario(
                "autosave",
                "Quiz answer autosave (htmx POST)",
                target=0.3,
                requests=[{"method": "POST", "path": path, "headers": headers, "body": b} for b in bodies],
                queries=_count(user_client, "POST", path, {"choice": keys[0]}, HTTP_HX_REQUEST="true"),
            )
        )

    if not only or "mark_complete" in only:
        per_round = 120
        users = bench_users(per_round * production.ROUNDS + 1, "mark")
        for user in users:
            module_services.course_enrol(user=user, course=course, source=EnrolmentSource.STAFF)
        path = reverse("modules:mark_complete", args=[_markable_lesson(course, users[0]).id])
        items = [{"method": "POST", "path": path, "headers": _headers(sign_in(user)[1], htmx=True)} for user in users]
        counter, _ = sign_in(users.pop())
        items.pop()
        wanted.append(
            Scenario(
                "mark_complete",
                "Mark lesson complete, first time (htmx POST)",
                kind="once",
                rounds=[items[i * per_round : (i + 1) * per_round] for i in range(production.ROUNDS)],
                queries=_count(counter, "POST", path, HTTP_HX_REQUEST="true"),
            )
        )

    if not only or "submit" in only:
        per_round = 32
        quiz, forms = bench_quiz(SUBMIT_QUESTIONS, "submit")
        users = bench_users(per_round * production.ROUNDS + 1, "submit")
        items = []
        for user in users:
            attempt = answered_attempt(user, quiz, forms)
            items.append(_submit_item(user, attempt))
        last = users.pop()
        counter_path = items.pop()["path"]
        counter, _ = sign_in(last)

        def submit_queries() -> int:
            with CaptureQueriesContext(connection) as ctx:
                counter.post(counter_path)
            return len(ctx.captured_queries)

        wanted.append(
            Scenario(
                "submit",
                f"Quiz submit with grading, {SUBMIT_QUESTIONS} questions",
                target=0.15,
                kind="once",
                expect=302,
                rounds=[items[i * per_round : (i + 1) * per_round] for i in range(production.ROUNDS)],
                queries=submit_queries,
            )
        )
    wanted += _staff_scenarios(only)
    wanted += _report_scenarios(only)
    wanted += _bursts(only)
    if not only or export_bench.NAME in only:
        export = partial(export_bench.run, demo=demo_course, bench_users=bench_users, tag=TAG)
        wanted.append(Scenario(export_bench.NAME, "Export of 500,000 progress rows", kind="inline", run=export))
    return wanted


SIGNUPS, SEATS, EXAMS = 500, 100, 300


def _bursts(only: set[str]) -> list[Scenario]:
    """The sign-up burst (500 learners at once for 100 seats) and the exam
    burst (300 answered attempts submitted at once), each sent once, 64 at a
    time; afterwards the database must show exactly 100 seats taken and every
    attempt graded once."""
    found = []
    if not only or "signup_burst" in only:
        series = SeriesPage.objects.live().first()
        session = SessionPageFactory(
            parent=series, title="Benchmark: temasamling med 100 plasser", slug=f"bench-{TAG}", capacity=SEATS
        )
        users = bench_users(SIGNUPS, "signup")
        path = reverse("theme_sessions:register", args=[session.pk])
        items = [{"method": "POST", "path": path, "headers": _headers(sign_in(u)[1], htmx=True)} for u in users]

        def seats() -> str:
            counts = {s: Registration.objects.filter(session=session, status=s).count() for s in RegistrationStatus}
            confirmed, waiting = counts[RegistrationStatus.CONFIRMED], counts[RegistrationStatus.WAITLISTED]
            ok = confirmed == SEATS and waiting == SIGNUPS - SEATS
            return f"{confirmed} confirmed, {waiting} waitlisted: {'held' if ok else 'BROKEN'}"

        found.append(
            Scenario(
                "signup_burst",
                f"Sign-up burst: {SIGNUPS} at once for {SEATS} seats",
                kind="once",
                rounds=[items],
                concurrency=64,
                check=seats,
            )
        )
    if not only or "exam_burst" in only:
        quiz, forms = bench_quiz(5, "exam")
        users = bench_users(EXAMS, "exam")
        items = []
        for user in users:
            attempt = answered_attempt(user, quiz, forms)
            items.append(_submit_item(user, attempt))

        def graded() -> str:
            attempts = Attempt.objects.filter(quiz=quiz)
            done = attempts.filter(submitted_at__isnull=False, score__isnull=False).count()
            ok = done == EXAMS == attempts.count()
            return f"{done} of {EXAMS} graded once: {'held' if ok else 'BROKEN'}"

        found.append(
            Scenario(
                "exam_burst",
                f"Exam burst: {EXAMS} submits at once",
                kind="once",
                expect=302,
                rounds=[items],
                concurrency=64,
                check=graded,
            )
        )
    return found


def _staff_scenarios(only: set[str]) -> list[Scenario]:
    """The staff quiz report and the attempts CSV of the quiz with the most
    submitted attempts, three requests each, by a superuser."""
    names = {"staff_report", "attempts_csv"}
    if only and not names & only:
        return []
    quiz = (
        Quiz.objects.annotate(n=Count("attempts", filter=Q(attempts__submitted_at__isnull=False)))
        .order_by("-n")
        .first()
    )
    if quiz is None:
        return []
    staff = User.objects.create(email=f"bench-{TAG}-staff@example.invalid", is_staff=True, is_superuser=True)
    client, session = sign_in(staff)
    headers = _headers(session)
    found = []
    for name, label, url_name in [
        ("staff_report", f"Staff quiz report ({quiz.n} attempts)", "quizzes_admin:report"),
        ("attempts_csv", f"Attempts CSV ({quiz.n} attempts)", "quizzes_admin:attempts_csv"),
    ]:
        if only and name not in only:
            continue
        path = reverse(url_name, args=[quiz.pk])
        found.append(
            Scenario(
                name,
                label,
                kind="once",
                rounds=[[{"path": path, "headers": headers}] for _ in range(production.ROUNDS)],
                queries=_count(client, "GET", path),
                rows=quiz.n,
            )
        )
    return found


def _report_scenarios(only: set[str]) -> list[Scenario]:
    """Every staff report page, timed (bench/insights_bench.py)."""
    return [
        Scenario(name, label, kind="inline", run=run)
        for name, label, run in insights_bench.scenarios(only=only, tag=TAG, headers=_headers, signed_in=sign_in)
    ]


def measure(scenario: Scenario, *, server) -> dict:
    if scenario.run:
        return scenario.run()
    first = scenario.requests[0] if scenario.requests else scenario.rounds[0][0]
    status = production.probe(first) if scenario.kind == "wrk" else None
    if scenario.expect and status is not None and status != scenario.expect:
        raise SystemExit(f"bench: {scenario.name} answered {status}, expected {scenario.expect} ({first['path']})")
    memory_before = server.worker_mb()
    runs = []
    for index in range(len(scenario.rounds) if scenario.kind == "once" else production.ROUNDS):
        cpu = server.cpu_seconds()
        ceiling = production.run_wrk([{"path": "/healthz"}])
        for _retry in range(2):  # on a swamped machine a run can finish no request at all
            if ceiling["rps"]:
                break
            ceiling = production.run_wrk([{"path": "/healthz"}])
        ceiling_cpu, cpu = server.cpu_seconds() - cpu, server.cpu_seconds()
        if scenario.kind == "wrk":
            result = production.run_wrk(scenario.requests)
        else:
            result = production.run_once(scenario.rounds[index], concurrency=scenario.concurrency)
        result["cpu_ms"] = 1000 * (server.cpu_seconds() - cpu) / max(result["requests"], 1)
        result["ratio"] = result["rps"] / ceiling["rps"] if ceiling["rps"] else 0.0
        result["healthz_rps"] = ceiling["rps"]
        result["healthz_cpu_ms"] = 1000 * ceiling_cpu / max(ceiling["requests"], 1)
        result["cpu_ratio"] = result["healthz_cpu_ms"] / result["cpu_ms"] if result["cpu_ms"] else None
        runs.append(result)
    middle = sorted(runs, key=lambda r: r["ratio"])[len(runs) // 2]
    row = {
        "name": scenario.name,
        "label": scenario.label,
        "ratio": round(middle["ratio"], 3),
        "ratios": [round(r["ratio"], 3) for r in runs],
        "rps": round(middle["rps"], 1),
        # Worker CPU per request as a ratio to /healthz's: what the ratio would be on a quiet machine
        # if the database and Redis cost nothing (they are not in the workers' CPU time).
        "cpu_ms": round(statistics.median(r["cpu_ms"] for r in runs), 2),
        "cpu_ratio": round(statistics.median(r["cpu_ratio"] or 0 for r in runs), 3),
        "healthz_rps": round(middle["healthz_rps"], 1),
        "p50_ms": round(middle["p50_ms"], 1),
        "p95_ms": round(middle["p95_ms"], 1),
        "p99_ms": round(middle["p99_ms"], 1),
        "errors": sum(r["errors"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "status": status if status is not None else middle.get("statuses"),
        "queries": scenario.queries() if scenario.queries else None,
        "worker_mb": server.worker_mb(),
        "worker_growth_mb": round(server.worker_mb() - memory_before, 1),
        "rows_per_second": round(scenario.rows / (middle["p50_ms"] / 1000)) if scenario.rows else None,
        "check": scenario.check() if scenario.check else None,
        "target": scenario.target,
        "stretch": scenario.stretch,
    }
    row["verdict"] = verdict(row)
    return row


def cleanup() -> None:
    for page in SessionPage.objects.filter(slug=f"bench-{TAG}"):
        page.delete()
    users = User.objects.filter(email__startswith=f"bench-{TAG}-")
    quizzes = Quiz.objects.filter(slug__startswith=f"bench-{TAG}-")
    Attempt.objects.filter(quiz__in=quizzes).delete()
    quizzes.delete()
    # The export scenario leaves 500,000 completions: deleted in SQL, not row by row with
    # a signal each (they would start 500,000 new user versions for users about to go).
    completions = LessonCompletion.objects.filter(user__in=users)
    completions._raw_delete(completions.db)
    Enrolment.objects.filter(user__in=users).delete()
    Certificate.objects.filter(user__in=users).delete()
    users.delete()
