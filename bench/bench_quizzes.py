"""Quizzes for a signed-in learner: the htmx autosave of one answer, a
question page, and submit-with-grading for attempts of 10 and 30 questions,
each as a ratio to /healthz. The submit timings should be nearly equal:
the number of queries for a submit does not grow with the questions.

Self-contained: it makes a temporary learner and two temporary quizzes of
mixed graded types (attempts started without a lesson, so the progress
update that follows a pass is left out; bench_modules times progress), and
removes them again. Every submit is a first submit of a fresh attempt whose
answers are saved beforehand, outside the timing.

Run alone with `DEBUG=1 .venv/bin/python bench/bench_quizzes.py` or through `make bench`."""

import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# harness sets Django up when it is imported: the models below come after it.
from django.db import transaction  # noqa: E402
from django.urls import reverse  # noqa: E402
from harness import Client, get, report, time_requests, trivial_ms  # noqa: E402

from accounts.models import User  # noqa: E402
from quizzes import services  # noqa: E402
from quizzes.models import Attempt, Question, Quiz  # noqa: E402
from tests.factories.quizzes import add_question, right_form  # noqa: E402

TYPES = ["single", "multiple", "true_false", "ordering", "short_text"]
SUBMITS = 40


def _quiz(tag: str, size: int):
    quiz = Quiz.objects.create(title=f"Bench {size}", slug=f"bench-{tag}-{size}", kind="test", pass_mark=70)
    for n in range(size):
        add_question(quiz, TYPES[n % len(TYPES)], n=n)
    return quiz


def _answered_attempt(user, quiz, forms):
    attempt, _created = services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
    for qid in attempt.question_ids:
        services.answer_save(user=user, attempt_id=attempt.pk, question_id=qid, data=forms[qid])
    return attempt


def _submit_ms(client, user, quiz) -> float:
    forms = {q.pk: right_form(q) for q in Question.objects.filter(quiz=quiz).prefetch_related("choices")}
    samples = []
    for _ in range(SUBMITS):
        attempt = _answered_attempt(user, quiz, forms)
        url = reverse("quizzes:submit", args=[attempt.pk])
        start = time.perf_counter()
        response = client.post(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 302, response.status_code
    return statistics.median(samples)


def main() -> None:
    tag = uuid.uuid4().hex[:8]
    with transaction.atomic():
        user = User.objects.create(email=f"bench-{tag}@example.invalid", is_active=True)
        small, large = _quiz(tag, 10), _quiz(tag, 30)
    client = Client()
    client.force_login(user)
    try:
        baseline = trivial_ms()
        attempt, _ = services.attempt_start(user=user, quiz_id=small.pk, lesson_id=None)
        single = Question.objects.prefetch_related("choices").get(pk=attempt.question_ids[0])
        keys = [c.key for c in single.choices.all()]
        url = reverse("quizzes:question", args=[attempt.pk, 1])
        turn = iter(range(10**9))

        def autosave():
            # Alternate between two options, so every request writes.
            response = client.post(url, {"choice": keys[next(turn) % 2]}, headers={"HX-Request": "true"})
            assert response.status_code == 200, response.status_code

        rows = [
            ("question page (GET)", time_requests(get(client, url), n=100)),
            ("answer autosave (htmx POST)", time_requests(autosave, n=200)),
        ]
        services.attempt_submit(user=user, attempt_id=attempt.pk)
        rows.append(("submit with grading, 10 questions", _submit_ms(client, user, small)))
        rows.append(("submit with grading, 30 questions", _submit_ms(client, user, large)))
        report("Quizzes", rows, baseline)
    finally:
        with transaction.atomic():
            Attempt.objects.filter(quiz__in=[small, large]).delete()
            Quiz.objects.filter(pk__in=[small.pk, large.pk]).delete()
            user.delete()


if __name__ == "__main__":
    main()
