"""The story builder's pages. Thin views: read input, call one service or
selector, render. Every action is a plain form POST that works without
JavaScript; with htmx the editor autosaves and gets a small status partial.

Someone else's story, by any id, is a 404: the same answer as for a story
that does not exist. Pages are private: never cached.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from elearning.errors import UserError
from stories import selectors, services
from stories.forms import CommentForm, ShareForm, StepForm, StoryCreateForm
from stories.services import StoryNotFound
from stories.steps import STEPS, STEPS_BY_NUMBER


def _owned_or_404(request, story_id: int):
    story = selectors.story_for_owner(user=request.user, story_id=story_id)
    if story is None:
        raise Http404(_("This story talk does not exist, or it is not shared with you."))
    return story


def _list_page(request, *, form, status=200):
    return render(
        request,
        "stories/story_list.html",
        {
            "stories": selectors.stories_owned_by(user=request.user),
            "shared_with_me": selectors.stories_shared_with(user=request.user),
            "form": form,
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET"])
def story_list(request):
    """ "Mitt brukerinnlegg": the person's stories and those shared with them."""
    return _list_page(request, form=StoryCreateForm())


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    if request.method == "GET":
        return redirect("stories:list")
    form = StoryCreateForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            story = services.story_create(
                user=request.user, title=form.cleaned_data["title"], submit_key=form.cleaned_data["submit_key"]
            )
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            return redirect("stories:step", story.pk, 1)
    return _list_page(request, form=form, status=status)


# --- The guided editor -------------------------------------------------------------


def _step_page(request, *, story, step, form, conflicts=(), status=200):
    return render(
        request,
        "stories/step.html",
        {
            "story": story,
            "step": step,
            "steps": STEPS,
            "form": form,
            "conflicts": {c.name: c for c in conflicts},
            "speaking_time": selectors.speaking_time(story),
            "previous_step": STEPS_BY_NUMBER.get(step.number - 1),
            "next_step": STEPS_BY_NUMBER.get(step.number + 1),
        },
        status=status,
    )


def _autosave_status(request, *, story, result=None, error="", status=200):
    """The partial htmx swaps into the editor's live region after an autosave;
    a refusal comes with its status (CONTRIBUTING.md, htmx) and the reason."""
    context = {"story": story, "result": result, "error": error, "saved_at": timezone.localtime()}
    if result is not None and result.saved:
        context["speaking_time"] = selectors.speaking_time(result.story)
    if result is not None and result.conflicts:
        status = 409
    return TemplateResponse(request, "stories/partials/autosave_status.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def step(request, story_id: int, number: int):
    """One step of the guided editor. Save stays on the step; Previous and
    Next save first. A refused save shows the step again with the typed text
    (and, after a conflict, the saved text beside it)."""
    story = _owned_or_404(request, story_id)
    step = STEPS_BY_NUMBER.get(number)
    if step is None:
        raise Http404
    if request.method == "GET":
        initial = {name: getattr(story, name) for name in step.fields}
        form = StepForm(initial={**initial, "base_version": story.version}, step=step, story=story)
        return _step_page(request, story=story, step=step, form=form)

    form = StepForm(request.POST, step=step, story=story)
    if not form.is_valid():
        if request.htmx:
            return _autosave_status(
                request, story=story, error=_("Not saved: reload the page and try again."), status=400
            )
        return _step_page(request, story=story, step=step, form=form, status=422)
    try:
        result = services.story_save_step(
            user=request.user,
            story_id=story.pk,
            step=step.key,
            texts=form.texts(),
            base_version=form.cleaned_data["base_version"],
        )
    except StoryNotFound:
        raise Http404
    except UserError as error:
        if request.htmx:
            reason = _("Not saved: %(reason)s") % {"reason": error.message}
            return _autosave_status(request, story=story, error=reason, status=error.status)
        error.add_to_form(form)
        return _step_page(request, story=story, step=step, form=form, status=error.status)

    if request.htmx:
        return _autosave_status(request, story=result.story, result=result)
    if result.conflicts:
        # Show both texts. The form now carries the current version, so saving
        # again is a deliberate choice to keep the typed text.
        data = request.POST.copy()
        data["base_version"] = str(result.story.version)
        form = StepForm(data, step=step, story=result.story)
        form.is_valid()
        return _step_page(request, story=result.story, step=step, form=form, conflicts=result.conflicts, status=409)
    action = request.POST.get("action", "save")
    if action == "next" and STEPS_BY_NUMBER.get(number + 1):
        return redirect("stories:step", story.pk, number + 1)
    if action == "previous" and STEPS_BY_NUMBER.get(number - 1):
        return redirect("stories:step", story.pk, number - 1)
    if action == "finish":
        return redirect("stories:detail", story.pk)
    messages.success(request, _("Saved."))
    return redirect("stories:step", story.pk, number)


# --- Reading, comments ---------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET"])
def detail(request, story_id: int):
    """The owner's full read view, or a co-teacher's view without the private part."""
    reading = selectors.story_reading(user=request.user, story_id=story_id)
    if reading is None:
        raise Http404(_("This story talk does not exist, or it is not shared with you."))
    return _detail_page(request, reading=reading, comment_form=CommentForm())


def _detail_page(request, *, reading, comment_form, status=200):
    return render(
        request,
        "stories/detail.html",
        {"reading": reading, "story": reading.story, "comment_form": comment_form},
        status=status,
    )


@never_cache
@login_required
@require_POST
def comment(request, story_id: int):
    reading = selectors.story_reading(user=request.user, story_id=story_id)
    if reading is None:
        raise Http404
    form = CommentForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            services.comment_add(
                user=request.user,
                story_id=story_id,
                text=form.cleaned_data["text"],
                step=form.cleaned_data["step"] or None,
                submit_key=form.cleaned_data["submit_key"],
            )
        except StoryNotFound:
            raise Http404
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            if reading.is_owner:
                messages.success(request, _("Your comment is saved."))
            else:
                messages.success(request, _("Your comment is sent. The owner gets an e-mail about it."))
            return redirect(reverse("stories:detail", args=[story_id]) + "#comments")
    return _detail_page(request, reading=reading, comment_form=form, status=status)


# --- Sharing, deleting ------------------------------------------------------------------


def _share_page(request, *, story, form, status=200):
    return render(
        request,
        "stories/share.html",
        {"story": story, "shares": selectors.story_shares(story=story), "form": form},
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def share(request, story_id: int):
    story = _owned_or_404(request, story_id)
    if request.method == "GET":
        return _share_page(request, story=story, form=ShareForm())
    form = ShareForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            share, created = services.story_share(
                user=request.user, story_id=story.pk, email=form.cleaned_data["email"]
            )
        except StoryNotFound:
            raise Http404
        except UserError as error:
            error.add_to_form(form)
            status = error.status
        else:
            # The same answer whether or not the address has an account.
            messages.success(
                request,
                _("If %(email)s has an account here, they can now read the story talk and comment on it.")
                % {"email": share.email},
            )
            return redirect("stories:share", story.pk)
    return _share_page(request, story=story, form=form, status=status)


@never_cache
@login_required
@require_POST
def unshare(request, story_id: int, share_id: int):
    try:
        removed = services.story_unshare(user=request.user, story_id=story_id, share_id=share_id)
    except StoryNotFound:
        raise Http404
    if removed:
        messages.success(request, _("The story talk is no longer shared with that person."))
    return redirect("stories:share", story_id)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, story_id: int):
    story = _owned_or_404(request, story_id)
    if request.method == "POST":
        try:
            services.story_delete(user=request.user, story_id=story.pk)
        except StoryNotFound:
            raise Http404
        messages.success(request, _("The story talk is deleted."))
        return redirect("stories:list")
    return render(request, "stories/delete.html", {"story": story})
