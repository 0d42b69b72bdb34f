"""Writes: enrolment, completion, reflection answers, certificates.

Every service is keyword-only, atomic and idempotent. Progress only grows:
a LessonCompletion is created once (unique (user, lesson)) and never
changed or deleted by these services, Enrolment.completed_at is set once by
a conditional UPDATE, and a double submit changes nothing.

Contracts for other apps (stable; documented here and in the report):

    progress_record_quiz_pass(*, user, lesson_id: int, quiz_id: int) -> bool
        Registered for quizzes' "quiz_passed" hook (called when an attempt
        passes). Completes the lesson when its completion rule is "quiz" and
        quiz ``quiz_id`` is in its body.
        Returns True if the lesson is (now or already) completed; False if
        the user is not enrolled, the lesson is locked or missing, its rule is
        not "quiz", or the quiz is not in it. Never raises for bad ids.
        Idempotent; completing the last lesson completes the course and
        queues the certificate.

    lessons_credit(*, user, lesson_ids: Iterable[int], source: str) -> int
        Called by theme_sessions when attendance counts for the lessons an
        editor chose for the session. Enrols the user in each lesson's course
        if needed (whatever its enrolment mode) and completes each live lesson,
        whatever its lock, except lessons completed by passing a quiz: a
        session never stands in for a quiz. Unknown ids are skipped.
        Idempotent. Returns how many lessons this call completed.

    modules.selectors.lesson_quiz_accessible(*, user, lesson_id: int, quiz_id: int) -> bool

    course_completion_check(*, user, course, progress=None) -> bool
        Re-checks completion (lessons, and for a cohort course every
        requirement of the "course_completion_requirements" hook) and claims
        the certificate. Called by the cohort apps after attendance, an
        approval or an answer. Idempotent.

    Wagtail hook "course_completion_requirements": fn(*, user, course) -> list
        of objects with ``met``; asked for cohort courses only (cohorts answers).
    Wagtail hook "course_certificate_details": fn(*, user, course) -> dict;
        extra certificate fields ("days_attended") for cohort courses.

    Wagtail hook "learner_dashboard_sections": fn(request) -> dict | None;
        a dict with "template" (and anything that template needs, available
        as ``section``) adds a section to the "Mine kurs" dashboard.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale

from accounts.models import User
from elearning import outbox, user_cache
from elearning.errors import Conflict, UserError, length_and_limit
from elearning.text import multiline, normalise_email
from modules import certificates, selectors
from modules.models import (
    Certificate,
    CertificateStatus,
    CompletionRule,
    CourseInvitation,
    CoursePage,
    Enrolment,
    EnrolmentSource,
    LessonCompletion,
    LessonPage,
    ReflectionAnswer,
)
from modules.models.progress import REFLECTION_MAX_LENGTH

COMPLETION_REQUIREMENTS_HOOK = "course_completion_requirements"
CERTIFICATE_DETAILS_HOOK = "course_certificate_details"

logger = logging.getLogger(__name__)


class EnrolmentClosed(Conflict):
    pass


class NotEnrolled(UserError):
    pass


class LessonLocked(UserError):
    pass


class WrongCompletionRule(UserError):
    pass


class ReflectionRefused(UserError):
    """The answer itself is refused (empty, too long): the learner gets the
    form back with what they typed and the reason."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message, code=code, field="text")


_CANONICAL = "_modules_canonical"


def canonical_page(page, *, default_locale_id: int | None = None):
    """The default-locale version of a course page (progress rows point at
    it), or the page itself if it has none. The page it returns is marked,
    so passing it on costs no second query; ``default_locale_id`` spares the
    Locale lookup to a caller that canonicalises more than one page."""
    if getattr(page, _CANONICAL, False):
        return page
    if default_locale_id is None:
        default_locale_id = Locale.get_default().pk
    if page.locale_id != default_locale_id:
        found = type(page).objects.filter(translation_key=page.translation_key, locale_id=default_locale_id).first()
        if found is None:
            return page
        page = found
    setattr(page, _CANONICAL, True)
    return page


# --- Enrolment -----------------------------------------------------------------


@transaction.atomic
def course_enrol(*, user, course: CoursePage, source: str = EnrolmentSource.SELF) -> tuple[Enrolment, bool]:
    """Enrol ``user`` in ``course``. Self-enrolment needs an open course;
    invitations, staff and theme sessions enrol in closed courses too.
    Idempotent: enrolling twice returns the existing enrolment and False.
    Cohort courses enrol through cohorts.services.participant_enrol, which
    calls this."""
    course = canonical_page(course)
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing, False
    if source == EnrolmentSource.SELF and not course.is_open:
        raise EnrolmentClosed(_("This course is closed. You need an invitation link from the course organiser."))
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(user=user, course=course, source=source)
    except IntegrityError:  # a parallel request enrolled first
        return Enrolment.objects.get(user=user, course=course), False
    course_completion_check(user=user, course=course)  # earlier progress may already complete it
    return enrolment, True


@transaction.atomic
def course_unenrol(*, user, course: CoursePage) -> bool:
    """Leave a course. Completed lessons and any certificate are kept, so
    enrolling again continues where the learner left off. A course run in
    cohorts is joined and left through a cohort (Conflict): its course page
    offers no other way back in."""
    course = canonical_page(course)
    if course.is_cohort_course:
        raise Conflict(
            _("This course runs in cohorts: you leave it by leaving your cohort, on the cohort's page."),
            code="cohort_course",
        )
    deleted, _details = Enrolment.objects.filter(user=user, course=course).delete()
    return bool(deleted)


@transaction.atomic
def invitation_accept(*, user, token: str) -> Enrolment:
    invitation = CourseInvitation.objects.select_related("course").filter(token=token, active=True).first()
    if invitation is None:
        raise Conflict(_("This invitation link is not valid any more. Ask the course organiser for a new one."))
    enrolment, _created = course_enrol(user=user, course=invitation.course, source=EnrolmentSource.INVITATION)
    return enrolment


@transaction.atomic
def course_enrol_emails(*, course: CoursePage, emails: list[str]) -> dict:
    """Staff add learners by e-mail (one, or a CSV list). Returns
    {"enrolled": [...], "already": [...], "unknown": [...]} so staff see what
    happened to every address; nobody gets an account they did not make."""
    result = {"enrolled": [], "already": [], "unknown": []}
    wanted = []
    for raw in emails:
        email = normalise_email(raw)
        if email and email not in wanted:
            wanted.append(email)
    users = {normalise_email(u.email): u for u in User.objects.filter(email__in=wanted)}
    for email in wanted:
        user = users.get(email)
        if user is None:
            result["unknown"].append(email)
            continue
        _enrolment, created = course_enrol(user=user, course=course, source=EnrolmentSource.STAFF)
        result["enrolled" if created else "already"].append(email)
    return result


# --- Completion ------------------------------------------------------------------


def _lesson_state_or_error(*, user, lesson: LessonPage) -> selectors.LessonState:
    state = selectors.lesson_page_state(lesson=lesson, user=user)
    if state is None or state.lesson_item is None:
        raise NotEnrolled(_("This lesson is not part of a published course."))
    if not state.enrolled:
        raise NotEnrolled(_("Enrol in the course before you complete its lessons."))
    if state.locked:
        raise LessonLocked(_("This lesson is locked. Complete the previous module first, or wait until it opens."))
    return state


def _complete(*, user, lesson: LessonPage, course: CoursePage, source: str) -> bool:
    """Create the completion once; True if this call created it."""
    lesson = canonical_page(lesson)
    course = canonical_page(course)
    try:
        with transaction.atomic():  # the unique (user, lesson) constraint decides
            LessonCompletion.objects.create(user=user, lesson=lesson, course=course, source=source)
    except IntegrityError:  # completed before, or by a parallel request
        return False
    return True


def _count_completed(state: selectors.LessonState) -> None:
    """Bring the learner's progress in ``state`` up to date with the lesson just completed."""
    state.lesson_item.completed = True
    if state.lesson_item.module.counts:
        state.progress.completed_count += 1


def course_requirements(*, user, course: CoursePage) -> list:
    """What a cohort course needs beyond its lessons (attendance, approved
    assignments, the final plan …), from the ``course_completion_requirements``
    hook: fn(*, user, course) -> list of objects with ``met`` (the cohorts app
    answers with cohorts.types.Requirement). A self-paced course needs none."""
    if not course.is_cohort_course:
        return []
    return [req for fn in hooks.get_hooks(COMPLETION_REQUIREMENTS_HOOK) for req in (fn(user=user, course=course) or [])]


def course_completion_check(*, user, course: CoursePage, progress: selectors.CourseProgress | None = None) -> bool:
    """Set Enrolment.completed_at once when every lesson meant for the learner
    is complete (and, for a cohort course, every requirement is met), and
    claim the certificate. True if this call completed it. The assignments
    and evaluations apps call it after an approval or an answer. A caller
    that holds the learner's progress, brought up to date with what it just
    wrote, passes it in ``progress``; the conditional update keeps the
    completion and the certificate to one."""
    course = canonical_page(course)
    if progress is None:
        progress = selectors.course_progress(course=course, user=user)
    if not (progress.enrolled and progress.completed):
        return False
    if progress.enrolment.completed_at is not None:
        return False
    requirements = course_requirements(user=user, course=course)
    if course.is_cohort_course and not (requirements and all(req.met for req in requirements)):
        return False
    now = timezone.now()
    updated = Enrolment.objects.filter(pk=progress.enrolment.pk, completed_at__isnull=True).update(completed_at=now)
    user_cache.bump(user.pk)  # a queryset update sends no signal
    if updated and course.certificate_enabled:
        certificate_claim(user=user, course=course, completed_on=timezone.localdate(now))
    return bool(updated)


@transaction.atomic
def lesson_mark_complete(*, user, lesson_id: int) -> bool:
    """ "Merk som fullført": for lessons whose rule is "marked" (or
    "opened"). Raises UserError subclasses with a message for the
    learner. Idempotent: True only the first time."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise NotEnrolled(_("This lesson does not exist."))
    state = _lesson_state_or_error(user=user, lesson=lesson)
    if lesson.completion_rule not in (CompletionRule.MARKED, CompletionRule.OPENED):
        message = {
            CompletionRule.REFLECTION: _("This lesson is completed when you have answered its reflection tasks."),
            CompletionRule.QUIZ: _("This lesson is completed when you pass its quiz."),
        }[lesson.completion_rule]
        raise WrongCompletionRule(message)
    created = _complete(user=user, lesson=lesson, course=state.course, source="marked")
    if created:
        course_completion_check(user=user, course=state.course)
    return created


def lesson_record_visit(*, user, lesson: LessonPage, state: selectors.LessonState) -> None:
    """Remember the lesson for "Fortsett der du slapp", and complete lessons
    whose rule is "opened". Called when an enrolled learner opens an
    unlocked lesson. Runs no transaction when there is nothing to write (the
    common case: a learner reading on), to keep the lesson page cheap."""
    enrolment = state.progress.enrolment
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_visited_at=timezone.now())
        user_cache.bump(user.pk)  # a queryset update sends no signal
        enrolment.last_lesson_id = lesson.pk
    if lesson.completion_rule == CompletionRule.OPENED and not state.completed:
        with transaction.atomic():
            if _complete(user=user, lesson=lesson, course=state.course, source="opened"):
                _count_completed(state)
                course_completion_check(user=user, course=state.course)


@transaction.atomic
def reflection_save(*, user, lesson_id: int, key: str, text: str, shared: bool = False) -> ReflectionAnswer:
    """Save (or update) the learner's private answer to one reflection task.
    The text is stored as typed (never interpreted as HTML). ``shared`` is
    the learner's own choice to let their group leader and course leaders
    read it; it is set on every save (the form's box is its state), and only
    a cohort course offers it. Refuses empty and oversized answers with
    ReflectionRefused; the caller keeps the typed text. Completes the lesson
    when its rule is "reflection" and every task in it has an answer."""
    text = multiline(text)
    if not text.strip():
        raise ReflectionRefused(_("Write an answer before you save."), code="empty")
    if len(text) > REFLECTION_MAX_LENGTH:
        raise ReflectionRefused(
            _("Your answer is %(length)s characters long. The limit is %(limit)s; shorten it and save again.")
            % length_and_limit(len(text), REFLECTION_MAX_LENGTH),
            code="too_long",
        )
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise NotEnrolled(_("This lesson does not exist."))
    if key not in lesson.reflection_keys():
        raise NotEnrolled(_("This reflection task does not exist."))
    state = _lesson_state_or_error(user=user, lesson=lesson)
    canonical = canonical_page(lesson)
    answer = ReflectionAnswer.objects.filter(user=user, lesson=canonical, key=key).first()
    if answer is None:
        answer = ReflectionAnswer(user=user, lesson=canonical, key=key)
    answer.text = text
    answer.shared_with_leaders = bool(shared) and state.course.is_cohort_course
    answer.full_clean()
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError:  # a parallel first save: update that one
        answer = ReflectionAnswer.objects.get(user=user, lesson=canonical, key=key)
        answer.text = text
        answer.shared_with_leaders = bool(shared) and state.course.is_cohort_course
        answer.save(update_fields=["text", "shared_with_leaders", "updated_at"])
    if lesson.completion_rule == CompletionRule.REFLECTION:
        answered = set(ReflectionAnswer.objects.filter(user=user, lesson=canonical).values_list("key", flat=True))
        all_answered = set(lesson.reflection_keys()) <= answered
        if all_answered and _complete(user=user, lesson=lesson, course=state.course, source="reflection"):
            course_completion_check(user=user, course=state.course)
    return answer


@transaction.atomic
def progress_record_quiz_pass(*, user, lesson_id: int, quiz_id: int) -> bool:
    """Contract for quizzes: see the module docstring."""
    if not getattr(user, "is_authenticated", False):
        return False
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None or lesson.completion_rule != CompletionRule.QUIZ or int(quiz_id) not in lesson.quiz_ids():
        return False
    try:
        state = _lesson_state_or_error(user=user, lesson=lesson)
    except UserError:
        return False
    if state.completed:
        return True
    default_locale_id = Locale.get_default().pk  # once, for the lesson, the course and the certificate
    course = canonical_page(state.course, default_locale_id=default_locale_id)
    lesson = canonical_page(lesson, default_locale_id=default_locale_id)
    if _complete(user=user, lesson=lesson, course=course, source="quiz"):
        _count_completed(state)
        course_completion_check(user=user, course=course, progress=state.progress)
    return True


@transaction.atomic
def lessons_credit(*, user, lesson_ids: Iterable[int], source: str) -> int:
    """Contract for theme_sessions: see the module docstring."""
    lessons = (
        LessonPage.objects.live()
        .filter(pk__in=list(lesson_ids))
        .exclude(completion_rule=CompletionRule.QUIZ)
        .only("id", "path", "depth", "translation_key", "locale_id")
        .order_by("path")
    )
    created = 0
    courses: dict[int, CoursePage] = {}
    for lesson in lessons:
        course = selectors.course_for_page(lesson)
        if course is None:
            continue
        if course.pk not in courses:
            course_enrol(user=user, course=course, source=EnrolmentSource.THEME_SESSION)
            courses[course.pk] = course
        created += _complete(user=user, lesson=lesson, course=course, source=source[:16])
    if created:
        for course in courses.values():
            course_completion_check(user=user, course=course)
    return created


# --- Certificates ----------------------------------------------------------------


def _certificate_details(*, user, course: CoursePage) -> dict:
    """Extra certificate fields from the ``course_certificate_details`` hook
    (fn(*, user, course) -> dict), e.g. {"days_attended": 4} for a cohort course."""
    details: dict = {}
    if course.is_cohort_course:
        for fn in hooks.get_hooks(CERTIFICATE_DETAILS_HOOK):
            details.update({k: v for k, v in (fn(user=user, course=course) or {}).items() if k == "days_attended"})
    return details


def certificate_claim(*, user, course: CoursePage, completed_on: datetime.date) -> Certificate:
    """Claim the (user, course) certificate row once, and put its PDF in the
    outbox in the same transaction (made after commit, never lost). A
    second call returns the same row and adds nothing."""
    course = canonical_page(course)
    try:
        with transaction.atomic():  # the unique (user, course) constraint decides
            certificate = Certificate.objects.create(
                user=user,
                course=course,
                full_name=user.get_full_name() or user.email,
                course_title=course.title,
                hours=course.hours_on_certificate,
                issuer=course.certificate_issuer,
                completed_on=completed_on,
                **_certificate_details(user=user, course=course),
            )
            outbox.enqueue(
                "modules.tasks.certificate_render", certificate.pk, key=f"modules.certificate:{certificate.pk}"
            )
    except IntegrityError:  # claimed before, or by a parallel request
        return Certificate.objects.get(user=user, course=course)
    return certificate


def certificate_render(*, certificate_id: int, now: datetime.datetime | None = None) -> bool:
    """Make the PDF for one certificate, exactly once, then put the
    "certificate ready" e-mail in the outbox. The rendering is claimed with a
    conditional UPDATE (PENDING → RENDERING, or a RENDERING claim whose
    worker died: older than the outbox claim); the file is written after the
    claim, and READY and the e-mail are committed together. Running it again
    does nothing; while another live worker holds the claim it raises
    outbox.Retry so that the outbox comes back later. Returns True if this
    call made the PDF. Runs outside a transaction (an outbox handler)."""
    now = now or timezone.now()
    claim_timeout = datetime.timedelta(seconds=settings.OUTBOX["CLAIM_SECONDS"])
    claimed = Certificate.objects.filter(
        Q(status=CertificateStatus.PENDING) | Q(status=CertificateStatus.RENDERING, claimed_at__lt=now - claim_timeout),
        pk=certificate_id,
    ).update(status=CertificateStatus.RENDERING, claimed_at=now)
    if not claimed:
        status = Certificate.objects.filter(pk=certificate_id).values_list("status", flat=True).first()
        if status == CertificateStatus.RENDERING:
            raise outbox.Retry(f"certificate {certificate_id} is being rendered by another worker")
        return False
    certificate = Certificate.objects.get(pk=certificate_id)
    try:
        pdf = certificates.render_pdf(certificate)
        certificate.file.save(f"{certificate.code}.pdf", pdf, save=False)
    except Exception:
        Certificate.objects.filter(pk=certificate_id, status=CertificateStatus.RENDERING).update(
            status=CertificateStatus.PENDING, claimed_at=None
        )
        raise
    with transaction.atomic():
        Certificate.objects.filter(pk=certificate_id).update(file=certificate.file.name, status=CertificateStatus.READY)
        user_cache.bump(certificate.user_id)  # a queryset update sends no signal
        outbox.enqueue(
            "modules.tasks.certificate_email", certificate_id, key=f"modules.certificate_email:{certificate_id}"
        )
    return True


def certificate_send_email(*, certificate_id: int) -> bool:
    """Tell the learner their certificate is ready, once: sent only while
    emailed_at is empty, and emailed_at recorded after the mail server took
    it. The outbox runs one delivery at a time, so nothing else sends it in
    between. Returns whether this call sent it."""
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or not certificate.is_ready or certificate.emailed_at is not None:
        return False
    certificates.build_email(certificate).send()
    Certificate.objects.filter(pk=certificate_id, emailed_at__isnull=True).update(emailed_at=timezone.now())
    return True
