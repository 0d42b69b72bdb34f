"""Registration, guests, calendars, evaluation and certificates. Thin views:
read input, call one service or selector, render. Every action is a plain
form POST; with htmx the registration box swaps itself from the same partial."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from elearning.errors import UserError
from elearning.redirects import redirect_next
from elearning.views import message_page
from theme_sessions import ics, selectors, services, tokens
from theme_sessions.forms import EvaluationForm, GuestRegistrationForm
from theme_sessions.models import CalendarFeedToken, Registration, RegistrationStatus, SessionPage
from theme_sessions.pdf import render_attendance_certificate


def _live_session(session_id: int) -> SessionPage:
    session = SessionPage.objects.live().public().filter(pk=session_id).first()
    if session is None:
        raise Http404(_("This session does not exist."))
    return session


def _registration_box(request, session: SessionPage, *, feedback=None, status=200):
    context = {
        "page": session,
        "state": selectors.session_state(session=session, user=request.user),
        "feedback": feedback,
        "request": request,
    }
    return TemplateResponse(request, "theme_sessions/partials/registration_box.html", context, status=status)


def _signed_up_message(registration: Registration) -> str:
    if registration.status == RegistrationStatus.CONFIRMED:
        return _("You are registered. We have sent a confirmation with a calendar file to your e-mail.")
    return _("The session is full, so you are on the waiting list. You get a seat automatically if one becomes free.")


@require_POST
@vary_on_headers("HX-Request")
def register(request, session_id: int):
    session = _live_session(session_id)
    if not request.user.is_authenticated:
        return redirect(f"{reverse(settings.LOGIN_URL)}?{urlencode({'next': session.url})}")
    try:
        registration = services.registration_create_for_user(
            session_id=session.pk, user=request.user, language=get_language()
        )
    except UserError as error:
        if request.htmx:
            return _registration_box(request, session, feedback=("danger", error.message), status=error.status)
        messages.error(request, error.message)
        return redirect(session.url)
    if request.htmx:
        return _registration_box(request, session, feedback=("success", _signed_up_message(registration)))
    messages.success(request, _signed_up_message(registration))
    return redirect(session.url)


@login_required
@require_POST
@vary_on_headers("HX-Request")
def cancel(request, registration_id: int):
    try:
        registration = services.registration_cancel(registration_id=registration_id, user=request.user)
    except UserError as error:
        if error.code == "forbidden":
            return message_page(request, title=_("Not your registration"), message=error.message, status=403)
        registration = get_object_or_404(Registration, pk=registration_id, user=request.user)
        if request.htmx:
            return _registration_box(
                request, registration.session, feedback=("danger", error.message), status=error.status
            )
        messages.error(request, error.message)
        return redirect(registration.session.url)
    text = _("Your registration is cancelled.")
    if request.htmx:
        return _registration_box(request, registration.session, feedback=("success", text))
    messages.success(request, text)
    return redirect_next(request, registration.session.url)


# --- Guests ------------------------------------------------------------------

# The guest pages have the private token in their address: no other site may
# see it in a Referer. "no-referrer" went further and made the browser post
# the pages' own forms with "Origin: null", which Django's CSRF check refuses
# (a guest could neither cancel nor evaluate); "same-origin" keeps the origin.
GUEST_REFERRER_POLICY = "same-origin"


@require_http_methods(["GET", "POST"])
def guest_register(request, session_id: int):
    session = _live_session(session_id)
    state = selectors.session_state(session=session, user=None)
    form = GuestRegistrationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.registration_create_for_guest(
                    session_id=session.pk,
                    email=form.cleaned_data["email"],
                    name=form.cleaned_data["name"],
                    workplace=form.cleaned_data["workplace"],
                    language=get_language(),
                )
            except UserError as error:
                form.add_error(None, error.message)
            else:
                return render(
                    request,
                    "theme_sessions/guest_check_email.html",
                    {"session": session, "email": form.cleaned_data["email"]},
                )
        status = 400
    return render(
        request, "theme_sessions/guest_register.html", {"session": session, "form": form, "state": state}, status=status
    )


def _invalid_link(request, error: tokens.InvalidToken):
    return message_page(request, title=_("The link does not work"), message=error.message, status=error.status)


def _guest_registration_to_confirm(token: str) -> tuple[Registration, int]:
    registration_id, round_ = tokens.read_guest_confirm_token(token)
    registration = Registration.objects.select_related("session").filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at:
        raise tokens.InvalidToken()
    return registration, round_


@require_http_methods(["GET", "POST"])
def guest_confirm(request, token: str):
    """GET shows a button (mail scanners follow links), POST confirms."""
    try:
        registration, round_ = _guest_registration_to_confirm(token)
    except tokens.InvalidToken as error:
        return _invalid_link(request, error)
    if request.method == "POST":
        try:
            registration = services.guest_registration_confirm(registration_id=registration.pk, round=round_)
        except UserError as error:
            return message_page(request, title=_("Registration not confirmed"), message=error.message, status=400)
        messages.success(request, _signed_up_message(registration))
        return redirect("theme_sessions:guest_manage", tokens.guest_manage_token(registration_id=registration.pk))
    return render(request, "theme_sessions/guest_confirm.html", {"registration": registration, "token": token})


def _guest_registration(token: str) -> Registration:
    registration_id = tokens.read_guest_manage_token(token)
    registration = Registration.objects.select_related("session", "evaluation").filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at or registration.user_id:
        raise tokens.InvalidToken()
    return registration


@require_GET
def guest_manage(request, token: str):
    try:
        registration = _guest_registration(token)
    except tokens.InvalidToken as error:
        return _invalid_link(request, error)
    state = selectors.guest_session_state(registration=registration)
    response = render(
        request,
        "theme_sessions/guest_manage.html",
        {"registration": registration, "session": registration.session, "state": state, "token": token},
    )
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = GUEST_REFERRER_POLICY
    return response


@require_POST
def guest_cancel(request, token: str):
    try:
        registration = _guest_registration(token)
    except tokens.InvalidToken as error:
        return _invalid_link(request, error)
    try:
        services.registration_cancel(registration_id=registration.pk, trusted=True)
    except UserError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect("theme_sessions:guest_manage", token)


# --- Calendars -----------------------------------------------------------------


def _ics_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def session_calendar(request, session_id: int):
    session = _live_session(session_id)
    data = ics.session_ics(session, sequence=selectors.session_sequence(session))
    return _ics_response(data, f"{session.slug}.ics")


@require_GET
def calendar_feed(request, token: str):
    """A user's private feed of their registrations; the token is the only key."""
    feed_token = CalendarFeedToken.objects.select_related("user").filter(token=token).first()
    if feed_token is None or not feed_token.user.is_active:
        raise Http404
    events = []
    for registration in selectors.calendar_feed_registrations(user=feed_token.user):
        state = getattr(registration.session, "calendar_state", None)
        events.append(
            ics.session_event(
                registration.session,
                sequence=state.sequence if state else 0,
                waitlisted=registration.status == RegistrationStatus.WAITLISTED,
            )
        )
    data = ics.build_calendar(events, name=_("My theme sessions"))
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["Referrer-Policy"] = "no-referrer"
    return response


@login_required
@require_GET
def my_sessions(request):
    token = services.calendar_token_for(user=request.user)
    path = reverse("theme_sessions:calendar_feed", args=[token.token])
    feed_url = request.build_absolute_uri(path)
    registrations = selectors.user_registrations(user=request.user)
    now = timezone.now()
    response = render(
        request,
        "theme_sessions/my_sessions.html",
        {
            "upcoming": [r for r in registrations if r.session.end > now and r.status != RegistrationStatus.CANCELLED],
            "past": [r for r in registrations if r.session.end <= now and r.status == RegistrationStatus.CONFIRMED],
            "feed_url": feed_url,
            "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def rotate_calendar(request):
    services.calendar_token_rotate(user=request.user)
    messages.success(request, _("Your calendar has a new address. The old address no longer works."))
    return redirect("theme_sessions:my_sessions")


# --- Recording, evaluation, certificate -------------------------------------------


@require_GET
def captions(request, session_id: int):
    session = _live_session(session_id)
    if not session.recording_captions:
        raise Http404
    try:
        handle = default_storage.open(session.recording_captions.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404
    response = FileResponse(handle, content_type="text/vtt; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _evaluation(request, *, session: SessionPage, registration: Registration | None, state, action: str, done_url: str):
    """The evaluation form for a participant with an account or a guest's link."""
    if registration is None or not state.evaluation_open:
        return message_page(
            request,
            title=_("Evaluation"),
            message=_("The evaluation is for participants and opens when the session starts."),
            status=403,
            link=(session.url, session.title),
        )
    instance = getattr(registration, "evaluation", None)
    form = EvaluationForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluation_submit(registration=registration, **form.cleaned_data)
        except UserError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you for your evaluation."))
            return redirect(done_url)
    return render(
        request,
        "theme_sessions/evaluation.html",
        {"session": session, "form": form, "action": action},
        status=422 if request.method == "POST" else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def evaluation(request, session_id: int):
    session = _live_session(session_id)
    registration = (
        Registration.objects.select_related("session", "evaluation").filter(session=session, user=request.user).first()
    )
    return _evaluation(
        request,
        session=session,
        registration=registration,
        state=selectors.session_state(session=session, user=request.user),
        action=reverse("theme_sessions:evaluation", args=[session.pk]),
        done_url=session.url,
    )


@require_http_methods(["GET", "POST"])
def guest_evaluation(request, token: str):
    """A guest evaluates from the private link in their e-mails."""
    try:
        registration = _guest_registration(token)
    except tokens.InvalidToken as error:
        return _invalid_link(request, error)
    response = _evaluation(
        request,
        session=registration.session,
        registration=registration,
        state=selectors.guest_session_state(registration=registration),
        action=reverse("theme_sessions:guest_evaluation", args=[token]),
        done_url=reverse("theme_sessions:guest_manage", args=[token]),
    )
    response["Referrer-Policy"] = GUEST_REFERRER_POLICY
    return response


@login_required
@require_GET
def certificate(request, registration_id: int):
    registration = Registration.objects.select_related("session", "user").filter(pk=registration_id).first()
    if registration is None or registration.user_id != request.user.pk:
        raise Http404
    if not (registration.attended and registration.session.gives_certificate):
        return message_page(
            request,
            title=_("Attendance certificate"),
            message=_("The attendance certificate is available when your attendance has been recorded."),
            status=403,
        )
    pdf = render_attendance_certificate(registration, issued=timezone.localdate(), language=get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="deltakerbevis-{registration.session.slug}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
