"""Learner actions on the course. Thin views: read input, call one service
or selector, render. Every action is a plain form POST that works without
JavaScript; with htmx the same template's partial is swapped in place.

A refused htmx request answers as CONTRIBUTING.md's htmx rule says; the
plain form gets a message and a redirect (or 403/404 for forged ids).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.documents import get_document_model

from elearning.errors import UserError
from elearning.redirects import redirect_next
from modules import learner_html, selectors, services
from modules.forms import CertificateLookupForm, ReflectionForm
from modules.models import CourseInvitation, CoursePage, LessonPage


def _live_course(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


def _live_lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


def lesson_gate(request, lesson: LessonPage) -> HttpResponse | None:
    """Before a lesson page is served (Wagtail's on_serve_page hook, see
    modules.wagtail_hooks): enrolled learners read lessons; so does anyone
    when the course is open for reading (CoursePage.open_reading), and staff
    who may use the admin (the editors and reviewers who publish them). A
    locked lesson says why. Returns the refusal, or None (after recording an
    enrolled learner's visit); the lesson's state is kept on the request for
    its template. What it decides for visitors who are not signed in is the
    same for all of them (selectors.anonymous_lesson_access)."""
    user = request.user
    if not user.is_authenticated:
        access = selectors.anonymous_lesson_access(lesson=lesson)
        if access == selectors.AnonymousAccess.MISSING:
            raise Http404
        if access == selectors.AnonymousAccess.LOGIN:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        if access == selectors.AnonymousAccess.OPEN:
            return None  # the page reads the state it shows, when it is rendered
    state = selectors.lesson_page_state(lesson=lesson, user=user)
    if state is None:
        raise Http404
    if not state.enrolled and not (getattr(state.course, "open_reading", False) or _may_edit(user)):
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        messages.info(request, _("Enrol in the course to read its lessons."))
        return redirect(state.course.url)
    if state.locked and not _may_edit(user):
        return TemplateResponse(request, "modules/lesson_locked.html", {"page": lesson, "state": state}, status=403)
    if state.enrolled:
        services.lesson_record_visit(user=user, lesson=lesson, state=state)
    request.lesson_state = state
    return None


def _may_edit(user) -> bool:
    # is_staff first: learners never pay for the permission query.
    return user.is_authenticated and user.is_staff and user.has_perm("wagtailadmin.access_admin")


@require_GET
@login_required
def dashboard(request):
    """ "Mine kurs": every enrolment with percentage, next step and certificate,
    and sections other apps add through the
    ``learner_dashboard_sections`` hook (fn(request) -> dict | None),
    rendered once per state of the learner (modules.learner_html)."""
    return render(request, "modules/dashboard.html", {"body": learner_html.dashboard(request)})


@require_POST
@login_required
def enrol(request, course_id: int):
    course = _live_course(course_id)
    try:
        _enrolment, created = services.course_enrol(user=request.user, course=course)
    except UserError as error:
        messages.error(request, error.message)
        return redirect(course.url)
    if created:
        messages.success(request, _("You are enrolled in %(course)s. Good luck!") % {"course": course.title})
    else:
        messages.info(request, _("You are already enrolled in this course."))
    return redirect(course.url)


@require_POST
@login_required
def unenrol(request, course_id: int):
    course = _live_course(course_id)
    try:
        left = services.course_unenrol(user=request.user, course=course)
    except UserError as error:
        messages.error(request, error.message)
        return redirect(course.url)
    if left:
        messages.success(
            request,
            _("You have left the course. Your completed lessons are kept if you enrol again."),
        )
    else:
        messages.info(request, _("You were not enrolled in this course."))
    return redirect(course.url)


@require_GET
@login_required
def resume(request, course_id: int):
    """ "Fortsett der du slapp": the last lesson the learner opened, if it is
    not completed, otherwise the next lesson to do."""
    course = _live_course(course_id)
    progress = selectors.course_progress(course=course, user=request.user, request=request)
    if progress.enrolled and progress.resume_lesson:
        return redirect(progress.resume_lesson.url)
    return redirect(progress.url)


def _completion_partial(request, lesson: LessonPage, *, error: str = "", status: int = 200):
    state = selectors.lesson_page_state(lesson=lesson, user=request.user, request=request)
    return TemplateResponse(
        request,
        "modules/partials/lesson_completion.html",
        {
            "page": lesson,
            "state": state,
            "progress": state.progress if state else None,
            "completion_error": error,
            "sidenav_oob": True,
        },
        status=status,
    )


@require_POST
@login_required
def mark_complete(request, lesson_id: int):
    """ "Merk som fullført". Double submits change nothing."""
    lesson = _live_lesson(lesson_id)
    try:
        created = services.lesson_mark_complete(user=request.user, lesson_id=lesson.pk)
    except UserError as error:
        if request.htmx:
            return _completion_partial(request, lesson, error=error.message, status=error.status)
        if isinstance(error, services.NotEnrolled | services.LessonLocked):
            messages.error(request, error.message)
            return redirect(selectors.course_for_page(lesson).url)
        messages.error(request, error.message)
        return redirect(lesson.url)
    if request.htmx:
        return _completion_partial(request, lesson)
    if created:
        messages.success(request, _("The lesson is marked as completed."))
    return redirect_next(request, lesson.url)


@require_POST
@login_required
def reflection(request, lesson_id: int, key: str):
    """Save a reflection answer. When it is refused (too long, empty) the
    learner gets the form back with what they typed and the reason."""
    lesson = _live_lesson(lesson_id)
    form = ReflectionForm(request.POST)
    text = request.POST.get("text", "")
    error, status, answer = "", 200, None
    if form.is_valid():
        try:
            answer = services.reflection_save(
                user=request.user,
                lesson_id=lesson.pk,
                key=key,
                text=form.cleaned_data["text"],
                shared=form.cleaned_data["shared"],
            )
        except UserError as exc:
            # Without htmx a refused answer comes back in the page; no access to the lesson is a 403.
            if not request.htmx and not isinstance(exc, services.ReflectionRefused):
                messages.error(request, exc.message)
                raise PermissionDenied(exc.message) from exc
            error, status = exc.message, exc.status
    else:
        error, status = " ".join(m for errors in form.errors.values() for m in errors), 422
    submitted = {key: {"text": text, "shared": bool(request.POST.get("shared")), "error": error, "saved": not error}}
    if request.htmx:
        context = selectors.lesson_page_context(lesson=lesson, request=request, reflection_input=submitted)
        part = next(
            (p for p in context["body_parts"] if p.block_type == "reflection" and p.reflection["key"] == key), None
        )
        if part is None:
            raise Http404
        # The answer may have completed the lesson: the progress box is
        # swapped out of band, so the bars never show a stale state.
        state = context["state"]
        return TemplateResponse(
            request,
            "modules/partials/reflection_saved.html",
            {"reflection": part.reflection, "page": lesson, "state": state, "progress": context["progress"]},
            status=status,
        )
    if error:
        # Render the whole lesson again, with the text kept in the form.
        context = lesson.get_context(request)
        context["reflection_input"] = submitted  # read by the template's lesson_page_context tag
        return TemplateResponse(request, lesson.get_template(request), context, status=status)
    if answer is not None and answer.shared_with_leaders:
        messages.success(request, _("Your answer is saved. Your group leader and course leaders can read it."))
    else:
        messages.success(request, _("Your answer is saved. Only you can see it."))
    return redirect(f"{lesson.url}#reflection-{key}")


@require_http_methods(["GET", "POST"])
@login_required
def invitation(request, token: str):
    """GET shows what the invitation is for; POST enrols."""
    invite = CourseInvitation.objects.select_related("course").filter(token=token[:64], active=True).first()
    if invite is None or not invite.course.live:
        return render(request, "modules/invitation_invalid.html", status=404)
    if request.method == "POST":
        try:
            services.invitation_accept(user=request.user, token=invite.token)
        except UserError as error:
            messages.error(request, error.message)
            return render(request, "modules/invitation_invalid.html", status=404)
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": invite.course.title})
        return redirect(invite.course.url)
    return render(request, "modules/invitation.html", {"invitation": invite})


@require_POST
def embed_consent(request):
    """Consent to load embedded content from other websites, for this
    session. Until then lessons show a link instead of the third-party frame."""
    if request.POST.get("consent") == "yes":
        request.session[selectors.EMBED_CONSENT_SESSION_KEY] = True
        messages.success(request, _("Embedded content from other websites is now shown."))
    else:
        request.session.pop(selectors.EMBED_CONSENT_SESSION_KEY, None)
        messages.info(request, _("Embedded content from other websites is no longer shown."))
    return redirect_next(request, "/")


@require_GET
def captions(request, document_id: int):
    """A WebVTT captions document served as text/vtt for <track> elements."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    if not document.filename.lower().endswith(".vtt"):
        raise Http404
    restrictions = list(document.collection.get_view_restrictions())
    for restriction in restrictions:
        if not restriction.accept_request(request):
            raise PermissionDenied
    with document.open_file() as handle:
        data = handle.read()
    response = HttpResponse(data, content_type="text/vtt; charset=utf-8")
    # Captions of a restricted collection are kept by the browser only, never by a shared proxy.
    response["Cache-Control"] = f"{'private' if restrictions else 'public'}, max-age=3600"
    return response


@require_GET
@login_required
def certificate_download(request, certificate_id: int):
    """The owner's certificate PDF; anyone else's id is a 404."""
    certificate = selectors.certificate_for_owner(user=request.user, certificate_id=certificate_id)
    if certificate is None or not certificate.is_ready:
        raise Http404
    try:
        handle = certificate.file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404
    filename = f"kursbevis-{certificate.code}.pdf"
    response = FileResponse(handle, content_type="application/pdf", as_attachment=True, filename=filename)
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def certificate_lookup(request):
    form = CertificateLookupForm(request.GET or None)
    if form.is_valid():
        return redirect("certificates:verify", code=form.cleaned_data["code"])
    return render(request, "modules/certificate_lookup.html", {"form": form})


@require_GET
def certificate_verify(request, code: str):
    """Public: confirms that a certificate is genuine, and shows only the
    name, the course and the date."""
    certificate = selectors.certificate_by_code(code=code)
    context = {"certificate": certificate, "lookup_url": reverse("certificates:lookup")}
    if certificate is None:  # the code as typed, to correct it
        context["form"] = CertificateLookupForm(initial={"code": code[:40]})
    response = render(request, "modules/certificate_verify.html", context, status=200 if certificate else 404)
    response["X-Robots-Tag"] = "noindex"
    return response
