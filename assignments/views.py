"""The assignment pages on the site: a participant's assignment (write,
submit, revise, read feedback), a submission (feedback, comments, the
final plan's rubric), the leader's waiting submissions, and files.

Every view answers 404 to anyone outside the cohort or group (the
selectors return None). A refused request answers as CONTRIBUTING.md's
htmx rule says: the form partial for htmx, else the page again."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import reselect, reswap, retarget

from assignments import selectors, services
from assignments.forms import AssessForm, CommentForm, FeedbackForm, FinalPlanForm, SubmissionForm
from assignments.models import Decision, SubmissionStatus
from coteaching import selectors as coteaching_selectors
from elearning.errors import EditConflict, UserError


def _assignment_page(request, assignment_id: int) -> selectors.AssignmentPage:
    page = selectors.assignment_page(user=request.user, assignment_id=assignment_id)
    if page is None:
        raise Http404(_("This assignment does not exist, or you are not in its cohort."))
    return page


def _submission_page(request, submission_id: int) -> selectors.SubmissionPage:
    page = selectors.submission_page(user=request.user, submission_id=submission_id)
    if page is None:
        raise Http404(_("This submission does not exist, or you may not see it."))
    return page


def _done(request, url: str, message: str, *, render_page):
    """After a write: a plain form is redirected to ``url`` with the message.
    An htmx request gets the page again in place of ``<main>`` (the state
    around the form changed too), so the message at its top takes focus and
    is read out (static/js/site.js, [data-swap-focus]) instead of a reload
    that drops the user at the top of the page with nothing announced."""
    messages.success(request, message)
    if request.htmx:
        return reswap(retarget(reselect(render_page(), "#main"), "#main"), "outerHTML")
    return redirect(url)


def _assignment_now(request, assignment_id: int):
    """The assignment page as it stands: its GET, and the page again after an htmx write."""
    return render(request, "assignments/assignment.html", _assignment_context(_assignment_page(request, assignment_id)))


def _submission_now(request, submission_id: int):
    """The submission page as it stands: its GET, and the page again after an htmx write."""
    return render(request, "assignments/submission.html", _submission_context(_submission_page(request, submission_id)))


def _refused(request, *, template: str, partial: str, context: dict, status: int):
    """The form again with its messages: the partial for htmx, else the page."""
    return TemplateResponse(request, partial if request.htmx else template, context, status=status)


def _submission_form(page: selectors.AssignmentPage) -> SubmissionForm:
    submission = page.submission
    return SubmissionForm(
        initial={"text": submission.text if submission else "", "base_version": submission.version if submission else 0}
    )


def _final_plan_form(page: selectors.AssignmentPage) -> FinalPlanForm:
    submission = page.submission
    initial = {"base_version": submission.version if submission else 0, "text": submission.text if submission else ""}
    if submission and submission.plan_id:
        initial["plan"] = submission.plan_id
    return FinalPlanForm(initial=initial, plan_choices=page.plan_choices)


def _assignment_context(page, **extra) -> dict:
    context = {"page": page, "assignment": page.assignment, "submission": page.submission}
    if page.can_submit:
        if page.assignment.is_final_plan:
            context["plan_form"] = _final_plan_form(page)
        else:
            context["form"] = _submission_form(page)
    context.update(extra)
    return context


@login_required
@require_GET
def assignment_detail(request, assignment_id: int):
    return _assignment_now(request, assignment_id)


@login_required
@require_POST
def submission_save(request, assignment_id: int):
    """Save the draft ("Lagre utkast") or submit ("Lever"), with files."""
    page = _assignment_page(request, assignment_id)
    form = SubmissionForm(request.POST, request.FILES)
    submit = request.POST.get("action") == "submit"
    conflict = None
    status = 422
    if form.is_valid():
        try:
            services.submission_save(
                user=request.user,
                assignment_id=page.assignment.pk,
                text=form.cleaned_data["text"],
                base_version=form.cleaned_data["base_version"],
                uploads=form.cleaned_data["files"],
                submit=submit,
            )
        except EditConflict as error:
            conflict = error.current
            form = SubmissionForm(initial={"text": error.yours, "base_version": error.current.version})
            form.conflict_message = error.message
            status = error.status
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            message = _("Your answer has been submitted.") if submit else _("Your draft has been saved.")
            return _done(
                request,
                page.assignment.get_absolute_url(),
                message,
                render_page=lambda: _assignment_now(request, page.assignment.pk),
            )
    # The person's text goes back into the box whatever was refused.
    page = _assignment_page(request, assignment_id)
    return _refused(
        request,
        template="assignments/assignment.html",
        partial="assignments/partials/submission_form.html",
        context=_assignment_context(page, form=form, conflict=conflict),
        status=status,
    )


@login_required
@require_POST
def final_plan_submit(request, assignment_id: int):
    page = _assignment_page(request, assignment_id)
    form = FinalPlanForm(request.POST, plan_choices=page.plan_choices)
    status = 422
    conflict = None
    if form.is_valid():
        try:
            services.final_plan_submit(
                user=request.user,
                assignment_id=page.assignment.pk,
                plan_id=form.cleaned_data["plan"],
                text=form.cleaned_data["text"],
                base_version=form.cleaned_data["base_version"],
            )
        except EditConflict as error:
            conflict = error.current
            form.add_error(None, error.message)
            status = error.status
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            return _done(
                request,
                page.assignment.get_absolute_url(),
                _("Your team's final plan has been submitted."),
                render_page=lambda: _assignment_now(request, page.assignment.pk),
            )
    return _refused(
        request,
        template="assignments/assignment.html",
        partial="assignments/partials/final_plan_form.html",
        context=_assignment_context(page, plan_form=form, conflict=conflict),
        status=status,
    )


def _submission_context(page: selectors.SubmissionPage, **extra) -> dict:
    submission = page.submission
    context = {"page": page, "submission": submission, "assignment": page.assignment}
    if page.can_assess and submission.status != SubmissionStatus.APPROVED:
        initial = {"base_version": submission.version, "decision": Decision.FEEDBACK}
        for criterion, _label, score in page.rubric:
            if score is not None:
                initial[criterion] = score.level
                initial[f"{criterion}_feedback"] = score.feedback
        context["assess_form"] = AssessForm(initial=initial)
    elif page.can_feedback and not page.assignment.is_final_plan:
        context["feedback_form"] = FeedbackForm(initial={"base_version": submission.version})
    if page.can_comment:
        context["comment_form"] = CommentForm()
    context.update(extra)
    return context


@login_required
@require_GET
def submission_detail(request, submission_id: int):
    return _submission_now(request, submission_id)


@dataclass(frozen=True)
class _Decision:
    """One of the two ways a leader decides on a submission."""

    form_class: type[FeedbackForm]
    service: Callable  # assignments.services.feedback_give or final_plan_assess
    allowed: Callable[[selectors.SubmissionPage], bool]
    saved: str  # the message once it is saved (translated when shown)
    form_name: str  # the form's name in the template context, and its partial's

    @property
    def partial(self) -> str:
        return f"assignments/partials/{self.form_name}.html"


FEEDBACK = _Decision(
    form_class=FeedbackForm,
    service=services.feedback_give,
    allowed=lambda page: page.can_review and not page.assignment.is_final_plan,
    saved=gettext_lazy("Your feedback has been saved."),
    form_name="feedback_form",
)
ASSESSMENT = _Decision(
    form_class=AssessForm,
    service=services.final_plan_assess,
    allowed=lambda page: page.viewer.course_leader and page.can_review and page.assignment.is_final_plan,
    saved=gettext_lazy("Your assessment has been saved."),
    form_name="assess_form",
)


def _decide(request, submission_id: int, decision: _Decision):
    """A leader's decision on a submission: feedback, or the final plan's
    rubric. When another leader (or the participant) got there first, the
    form comes back as the leader sent it, with the text the service kept
    and the current version, beside what is there now (409); sending it
    again then goes through."""
    page = _submission_page(request, submission_id)
    if not decision.allowed(page):
        raise Http404(_("This submission does not exist, or you may not see it."))
    form = decision.form_class(request.POST)
    status, conflict = 422, None
    if form.is_valid():
        try:
            decision.service(user=request.user, submission_id=submission_id, **form.service_arguments())
        except EditConflict as error:
            conflict = error.current
            data = request.POST.copy()
            data["base_version"] = str(error.current.version)
            if error.field:
                data[error.field] = error.yours
            form = decision.form_class(data)
            form.is_valid()
            form.conflict_message = error.message
            status = error.status
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            return _done(
                request,
                page.submission.get_absolute_url(),
                str(decision.saved),
                render_page=lambda: _submission_now(request, submission_id),
            )
    page = _submission_page(request, submission_id)
    return _refused(
        request,
        template="assignments/submission.html",
        partial=decision.partial,
        context=_submission_context(page, conflict=conflict, **{decision.form_name: form}),
        status=status,
    )


@login_required
@require_POST
def feedback_give(request, submission_id: int):
    return _decide(request, submission_id, FEEDBACK)


@login_required
@require_POST
def final_plan_assess(request, submission_id: int):
    return _decide(request, submission_id, ASSESSMENT)


@login_required
@require_POST
def comment_add(request, submission_id: int):
    page = _submission_page(request, submission_id)
    form = CommentForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            services.comment_add(
                user=request.user, submission_id=page.submission.pk, text=form.cleaned_data["text"],
                submit_key=form.cleaned_data["submit_key"],
            )  # fmt: skip
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            return _done(
                request,
                f"{page.submission.get_absolute_url()}#comments",
                _("Your comment has been added."),
                render_page=lambda: _submission_now(request, page.submission.pk),
            )
    return _refused(
        request,
        template="assignments/submission.html",
        partial="assignments/partials/comment_form.html",
        context=_submission_context(page, comment_form=form),
        status=status,
    )


@login_required
@require_GET
def file_download(request, submission_id: int, file_id: int):
    """A submission's file, to those who may see the submission. Always as a
    download, with the person's own file name."""
    page = _submission_page(request, submission_id)
    stored = next((f for f in page.submission.files.all() if f.pk == file_id), None)
    if stored is None:
        raise Http404(_("This file does not exist."))
    response = FileResponse(
        stored.file.open("rb"), as_attachment=True, filename=stored.original_name, content_type=stored.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def file_delete(request, submission_id: int, file_id: int):
    page = _submission_page(request, submission_id)
    if not page.is_owner:
        raise Http404(_("This file does not exist."))
    try:
        services.file_delete(user=request.user, submission_id=page.submission.pk, file_id=file_id)
    except UserError as error:
        messages.error(request, error.message)
        return redirect(page.assignment.get_absolute_url())
    return _done(
        request,
        page.assignment.get_absolute_url(),
        _("The file has been removed."),
        render_page=lambda: _assignment_now(request, page.assignment.pk),
    )


@login_required
@require_GET
def waiting(request):
    """The leader's list: submissions waiting for feedback, oldest first."""
    return render(
        request, "assignments/waiting.html", {"submissions": selectors.waiting_submissions(user=request.user)}
    )


@login_required
@require_GET
def submission_plan(request, submission_id: int):
    """The submitted teaching plan, read-only, for those who may see the
    submission (course leaders are not in the team, so the plan tool's own
    pages are closed to them)."""
    page = _submission_page(request, submission_id)
    plan = page.submission.plan
    if plan is None:
        raise Http404(_("This submission has no teaching plan."))
    document = coteaching_selectors.plan_document(plan=plan, with_comments=False)
    return render(
        request,
        "assignments/submission_plan.html",
        {"page": page, "submission": page.submission, "plan": plan, "document": document, "show_members": True},
    )
