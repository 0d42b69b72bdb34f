"""Writes for course evaluations.

Guarantees:

- ``response_submit`` stores one person's answers to one form once: per
  course day, per cohort (end of course, follow-up) or per self-paced course.
  The database holds it (conditional unique constraints); a second submit,
  a double click or a retried request gets ``Conflict`` and changes nothing.
  The response and its answers are written in one transaction.
- Only confirmed participants of the cohort answer, and only once the form
  has opened (``evaluations.rules``); a self-paced course is evaluated by
  learners who have completed it.
- Answers are checked against the questions (required, 1–5, length);
  a refusal is a ``UserError`` naming the question's field, so the form is
  shown again with everything the person wrote.
- An end-of-course answer that the course requires for completion re-checks
  the participant's completion in the same transaction (the certificate
  follows through the outbox).
- ``follow_up_invite_due`` (beat) claims one ``FollowUpInvitation`` row per
  participant (unique) and puts its e-mail in the outbox in the same
  transaction: each person is asked at most once. ``follow_up_send_email``
  (the outbox job) sends it while ``emailed_at`` is empty and records it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.selectors import user_language
from cohorts.models import Cohort, CourseDay, Participant, ParticipantStatus
from elearning import outbox
from elearning.errors import Conflict, UserError
from elearning.site_url import absolute_url
from elearning.text import multiline, single_line
from evaluations import rules
from evaluations.models import (
    LIKERT_MAX,
    LIKERT_MIN,
    TEXT_MAX_LENGTH,
    EvaluationAnswer,
    EvaluationForm,
    EvaluationResponse,
    FollowUpInvitation,
    FormKind,
)
from modules import services as course_services
from modules.models import Enrolment


class AnswersInvalid(UserError):
    """Some answers are missing or out of range. ``errors`` maps each
    question's field name (``q<id>``) to its message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(_("Some answers need a look. See the messages by the questions."), code="answers_invalid")
        self.errors = errors

    def add_to_form(self, form) -> None:
        for field, message in self.errors.items():
            form.add_error(field if field in form.fields else None, message)


def field_name(question) -> str:
    return f"q{question.pk}"


def _check_place(*, form: EvaluationForm, cohort: Cohort | None, day: CourseDay | None) -> None:
    """The form, cohort and day belong together (a mismatch is a bug or a
    forged request, refused like a missing page)."""
    wrong = UserError(_("This evaluation does not belong to this course."), code="wrong_place")
    if cohort is None:
        if day is not None or form.kind != FormKind.COURSE_END:
            raise wrong
        return
    if cohort.course_id != form.course_id:
        raise wrong
    if (form.kind == FormKind.COURSE_DAY) != (day is not None):
        raise wrong
    if day is not None and day.cohort_id != cohort.pk:
        raise wrong


def _check_access(*, user, form: EvaluationForm, cohort: Cohort | None, day: CourseDay | None, now) -> None:
    if cohort is None:
        if not Enrolment.objects.filter(user=user, course_id=form.course_id, completed_at__isnull=False).exists():
            raise Conflict(_("You can evaluate the course when you have completed it."), code="not_completed")
        return
    if not Participant.objects.filter(cohort=cohort, user=user, status=ParticipantStatus.CONFIRMED).exists():
        raise UserError(_("Only participants of the cohort can answer this evaluation."), code="not_participant")
    if now < rules.opens_at(kind=form.kind, cohort=cohort, day=day):
        raise Conflict(_("This evaluation is not open yet."), code="not_open")


def _clean_answers(form: EvaluationForm, answers: Mapping[str, object]) -> list[EvaluationAnswer]:
    errors: dict[str, str] = {}
    rows: list[EvaluationAnswer] = []
    for question in form.questions.all():
        name = field_name(question)
        raw = answers.get(name)
        if question.is_likert:
            value = None if raw in (None, "") else raw
            try:
                value = None if value is None else int(value)
            except (TypeError, ValueError):
                value = -1
            if value is not None and not LIKERT_MIN <= value <= LIKERT_MAX:
                errors[name] = _("Choose a value from 1 to 5.")
            elif value is None and question.required:
                errors[name] = _("Choose a value from 1 to 5. This question is required.")
            elif value is not None:
                rows.append(EvaluationAnswer(question=question, likert=value))
        else:
            text = multiline(raw).strip()
            if len(text) > TEXT_MAX_LENGTH:
                errors[name] = _("The answer is %(length)s characters long; the limit is %(limit)s.") % {
                    "length": len(text),
                    "limit": TEXT_MAX_LENGTH,
                }
            elif not text and question.required:
                errors[name] = _("Write an answer. This question is required.")
            elif text:
                rows.append(EvaluationAnswer(question=question, text=text))
    if errors:
        raise AnswersInvalid(errors)
    if not rows:
        raise UserError(_("Answer at least one question before you send the evaluation."), code="empty")
    return rows


@transaction.atomic
def response_submit(
    *,
    user,
    form: EvaluationForm,
    answers: Mapping[str, object],
    cohort: Cohort | None = None,
    day: CourseDay | None = None,
    now: datetime.datetime | None = None,
) -> EvaluationResponse:
    """Store ``user``'s answers to ``form`` (keys ``q<question id>``) once.
    Raises ``UserError``/``AnswersInvalid`` for answers to fix, ``Conflict``
    when already answered or not open yet. Safe to retry: a repeat is a
    Conflict with code ``already_answered`` and writes nothing."""
    now = now or timezone.now()
    _check_place(form=form, cohort=cohort, day=day)
    _check_access(user=user, form=form, cohort=cohort, day=day, now=now)
    rows = _clean_answers(form, answers)
    response = EvaluationResponse(form=form, cohort=cohort, day=day, user=user, submitted_at=now)
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:
        raise Conflict(_("You have already answered this evaluation. Thank you!"), code="already_answered") from None
    for row in rows:
        row.response = response
    EvaluationAnswer.objects.bulk_create(rows)
    if cohort is not None and form.required_for_completion:
        # The answer may be the last thing the course needed: the certificate follows.
        course_services.course_completion_check(user=user, course=cohort.course)
    return response


# --- The follow-up questionnaire ----------------------------------------------------


def follow_up_url(cohort_id: int) -> str:
    return reverse("evaluations:follow_up", args=[cohort_id])


def follow_up_invite_due(*, today: datetime.date | None = None) -> int:
    """Beat: for every cohort whose last day was ``EVALUATION_FOLLOW_UP_DAYS``
    ago or more (within ``EVALUATION_FOLLOW_UP_WINDOW_DAYS``, so an old
    cohort on a new server is left alone) and whose course has a follow-up
    form, invite each confirmed participant once. Returns how many
    invitations this call added; running it twice adds none."""
    today = today or timezone.localdate()
    latest = today - datetime.timedelta(days=settings.EVALUATION_FOLLOW_UP_DAYS)
    earliest = latest - datetime.timedelta(days=settings.EVALUATION_FOLLOW_UP_WINDOW_DAYS)
    cohorts = Cohort.objects.filter(
        ends_on__lte=latest,
        ends_on__gte=earliest,
        course__evaluation_forms__kind=FormKind.FOLLOW_UP,
    ).values_list("pk", flat=True)
    invited = FollowUpInvitation.objects.filter(cohort_id=OuterRef("cohort_id"), user_id=OuterRef("user_id"))
    due = Participant.objects.filter(
        ~Exists(invited), cohort_id__in=list(cohorts), status=ParticipantStatus.CONFIRMED
    ).order_by("cohort_id", "pk")
    added = 0
    for cohort_id, user_id in due.values_list("cohort_id", "user_id"):
        added += _follow_up_invite(cohort_id=cohort_id, user_id=user_id)
    return added


@transaction.atomic
def _follow_up_invite(*, cohort_id: int, user_id: int) -> bool:
    try:
        with transaction.atomic():
            invitation = FollowUpInvitation.objects.create(cohort_id=cohort_id, user_id=user_id)
    except IntegrityError:
        return False
    outbox.enqueue(
        "evaluations.tasks.send_follow_up", invitation.pk, key=f"evaluations.follow_up:{cohort_id}:{user_id}"
    )
    return True


def follow_up_send_email(*, invitation_id: int) -> bool:
    """E-mail one follow-up invitation while it is unsent, and record it.
    Returns whether this call sent it."""
    invitation = (
        FollowUpInvitation.objects.select_related("cohort__course", "user__profile").filter(pk=invitation_id).first()
    )
    if invitation is None or invitation.emailed_at or not invitation.user.email or not invitation.user.is_active:
        return False
    with translation.override(user_language(invitation.user)):
        context = {
            "cohort": invitation.cohort,
            "course": invitation.cohort.course,
            "name": invitation.user.get_full_name(),
            "url": absolute_url(follow_up_url(invitation.cohort_id)),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = single_line(render_to_string("evaluations/email/follow_up_subject.txt", context))
        body = render_to_string("evaluations/email/follow_up_body.txt", context)
    EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.user.email],
    ).send()
    FollowUpInvitation.objects.filter(pk=invitation_id, emailed_at__isnull=True).update(emailed_at=timezone.now())
    return True
