"""Taking a quiz. Thin views: read input, call one service or selector,
render. Every action is a plain form POST that works without JavaScript;
with htmx, saving an answer on change returns the small status partial.

A refused save answers 409 or 422 with the same status partial, swapped in
like every refused htmx answer (CONTRIBUTING.md), so it says why; a 2xx
always means the answer is stored.

Someone else's attempt, or an unknown one, is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Page

from elearning.errors import UserError
from quizzes import selectors, services

NAVIGATION = {"previous", "next", "overview", "check", "save"}


def _attempt_or_404(request, attempt_id: int):
    attempt = selectors.attempt_for_user(user=request.user, attempt_id=attempt_id)
    if attempt is None:
        raise Http404
    return attempt


def _lesson_url(attempt) -> str:
    lesson = attempt.lesson
    return (lesson.url if lesson is not None else None) or "/"


def _question_url(attempt_id: int, number: int, fragment: str = "") -> str:
    return reverse("quizzes:question", args=[attempt_id, number]) + (f"#{fragment}" if fragment else "")


def _review_url(attempt) -> str:
    return reverse("quizzes:review", args=[attempt.pk])


def _close_if_late(request, attempt) -> bool:
    """An open attempt past its deadline and grace is closed with the
    answers saved in time; True if so (the caller redirects to the review)."""
    if attempt.submitted or not services.is_late(attempt, timezone.now()):
        return False
    services.attempt_submit(user=request.user, attempt_id=attempt.pk)
    messages.warning(request, services.TIME_UP_MESSAGE)
    return True


@require_POST
@login_required
def start(request, quiz_id: int, lesson_id: int):
    """Start an attempt, or resume the unfinished one."""
    try:
        attempt, created = services.attempt_start(user=request.user, quiz_id=quiz_id, lesson_id=lesson_id)
    except UserError as error:
        lesson = Page.objects.live().filter(pk=lesson_id).first()
        if lesson is None:
            raise Http404 from error
        messages.error(request, error.message)
        return redirect(lesson.url)
    number = 1 if created else selectors.first_unanswered(attempt=attempt)
    return redirect(_question_url(attempt.pk, number))


@require_GET
@login_required
def attempt(request, attempt_id: int):
    attempt = _attempt_or_404(request, attempt_id)
    if attempt.submitted:
        return redirect(_review_url(attempt))
    return redirect(_question_url(attempt.pk, selectors.first_unanswered(attempt=attempt)))


def _question_page(request, attempt, number: int, *, error: str = "", status: int = 200, posted=None):
    view = selectors.attempt_question(attempt=attempt, number=number, posted=posted)
    if view is None:
        raise Http404
    return TemplateResponse(
        request,
        "quizzes/attempt_question.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "question": view,
            "error": error,
            "seconds_left": selectors.seconds_left(attempt),
            "lesson_url": _lesson_url(attempt),
        },
        status=status,
    )


def _status_partial(request, *, error: str = "", status: int = 200, saved=None):
    return TemplateResponse(
        request, "quizzes/partials/autosave_status.html", {"error": error, "saved": saved}, status=status
    )


@require_http_methods(["GET", "POST"])
@login_required
def question(request, attempt_id: int, number: int):
    """One question of an open attempt. POST saves the answer (htmx
    autosave, or a navigation button) and moves on; the service reads the
    attempt, so a save reads it once."""
    if request.method == "GET":
        attempt = _attempt_or_404(request, attempt_id)
        if not 1 <= number <= len(attempt.question_ids):
            raise Http404
        if attempt.submitted:
            return redirect(_review_url(attempt) + f"#question-{number}")
        if _close_if_late(request, attempt):
            return redirect(_review_url(attempt))
        return _question_page(request, attempt, number)

    action = request.POST.get("action", "save")
    action = action if action in NAVIGATION else "save"
    try:
        saved = services.answer_save(
            user=request.user, attempt_id=attempt_id, number=number, data=request.POST, check=action == "check"
        )
    except services.AttemptNotFound as error:
        raise Http404 from error
    except services.AttemptClosed as error:  # submitted, or the time ran out (TimeUp)
        if request.htmx:
            return _status_partial(request, error=error.message, status=409)
        messages.warning(request, error.message)
        return redirect("quizzes:review", attempt_id=attempt_id)
    except services.AnswerRefused as error:
        if request.htmx:
            return _status_partial(request, error=error.message, status=422)
        return _question_page(
            request, _attempt_or_404(request, attempt_id), number, error=error.message, status=422, posted=request.POST
        )
    if request.htmx:
        return _status_partial(request, saved=timezone.localtime())
    if action == "previous" and number > 1:
        return redirect(_question_url(attempt_id, number - 1))
    if action == "next" and number < saved.question_count:
        return redirect(_question_url(attempt_id, number + 1))
    if action in ("next", "overview"):
        return redirect("quizzes:submit", attempt_id=attempt_id)
    if action == "check":
        return redirect(_question_url(attempt_id, number, "feedback"))
    return redirect(_question_url(attempt_id, number))


@require_http_methods(["GET", "POST"])
@login_required
def submit(request, attempt_id: int):
    """GET: the overview of answered questions with the submit button.
    POST: submit, once; a replay shows the same result (the service reads
    and locks the attempt, so a submit reads it once)."""
    if request.method == "GET":
        attempt = _attempt_or_404(request, attempt_id)
        if attempt.submitted:
            return redirect(_review_url(attempt))
        if _close_if_late(request, attempt):
            return redirect(_review_url(attempt))
        questions = selectors.attempt_questions(attempt=attempt)
        return TemplateResponse(
            request,
            "quizzes/attempt_overview.html",
            {
                "attempt": attempt,
                "quiz": attempt.quiz,
                "questions": questions,
                "unanswered": sum(1 for q in questions if not q.answered),
                "seconds_left": selectors.seconds_left(attempt),
                "lesson_url": _lesson_url(attempt),
            },
        )
    try:
        result = services.attempt_submit(user=request.user, attempt_id=attempt_id)
    except services.AttemptNotFound as error:
        raise Http404 from error
    if result.newly_submitted and result.timed_out:
        messages.warning(request, services.TIME_UP_MESSAGE)
    return redirect(_review_url(result.attempt))


@require_GET
@login_required
def review(request, attempt_id: int):
    """The result of a submitted attempt: what was right and why, and the
    learner's attempts at this quiz."""
    attempt = _attempt_or_404(request, attempt_id)
    if not attempt.submitted:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    panel = selectors.quiz_panel(quiz=attempt.quiz, user=request.user, lesson_id=attempt.lesson_id, enabled=True)
    return TemplateResponse(
        request,
        "quizzes/attempt_review.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions(attempt=attempt),
            "panel": panel,
            "lesson_url": _lesson_url(attempt),
        },
    )
