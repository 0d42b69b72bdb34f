"""The participant's evaluation forms and the course leaders' results.
Thin views: read input, call one selector or service, render.

Every form is a plain POST with a redirect; with htmx the answer box swaps
itself (422/409 with the messages, 200 with the thanks). Anyone who is not a
confirmed participant (forms) or a course leader (results) of the cohort
gets 404, as if the cohort did not exist."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from elearning.errors import Conflict, UserError
from evaluations import selectors, services
from evaluations.forms import ResponseForm
from evaluations.models import FormKind


def _answer(request, page: selectors.AnswerPage | None):
    if page is None:
        raise Http404
    questions = page.form.questions.all()
    form = ResponseForm(request.POST or None, questions=questions)
    status = 200
    error = ""
    if request.method == "POST":
        if form.is_valid():
            try:
                services.response_submit(
                    user=request.user, form=page.form, cohort=page.cohort, day=page.day, answers=form.cleaned_data
                )
            except Conflict as refusal:
                error, status = refusal.message, refusal.status
                if refusal.code == "already_answered":
                    page.answered = True
            except UserError as refusal:
                refusal.add_to_form(form)
                status = refusal.status
            else:
                if request.htmx:
                    return TemplateResponse(request, "evaluations/partials/thanks.html", {"page": page})
                messages.success(request, _("Thank you for your evaluation!"))
                return redirect(page.back_url)
        else:
            status = 422
        if not request.htmx and status == 409 and page.answered:
            messages.info(request, error)
            return redirect(page.back_url)
    context = {"page": page, "form": form, "error": error, "min_group_size": selectors.min_group_size()}
    template = "evaluations/partials/answer_box.html" if request.htmx else "evaluations/answer.html"
    return TemplateResponse(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def day(request, cohort_id: int, day_id: int):
    return _answer(
        request,
        selectors.answer_page(user=request.user, cohort_id=cohort_id, kind=FormKind.COURSE_DAY, day_id=day_id),
    )


@login_required
@require_http_methods(["GET", "POST"])
def course_end(request, cohort_id: int):
    return _answer(request, selectors.answer_page(user=request.user, cohort_id=cohort_id, kind=FormKind.COURSE_END))


@login_required
@require_http_methods(["GET", "POST"])
def follow_up(request, cohort_id: int):
    return _answer(request, selectors.answer_page(user=request.user, cohort_id=cohort_id, kind=FormKind.FOLLOW_UP))


@login_required
@require_http_methods(["GET", "POST"])
def course(request, course_id: int):
    """The end-of-course evaluation of a self-paced course."""
    return _answer(request, selectors.course_answer_page(user=request.user, course_id=course_id))


@login_required
@require_GET
def results(request, cohort_id: int):
    cohort = selectors.cohort_for_results(user=request.user, cohort_id=cohort_id)
    if cohort is None:
        raise Http404
    return TemplateResponse(
        request,
        "evaluations/results.html",
        {
            "cohort": cohort,
            "groups": selectors.results(course_id=cohort.course_id, cohort=cohort),
            "min_group_size": selectors.min_group_size(),
        },
    )
