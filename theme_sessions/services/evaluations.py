"""The participants' evaluation of a session."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from elearning.errors import UserError
from elearning.text import multiline
from theme_sessions.models import (
    EvaluationResponse,
    Registration,
    RegistrationStatus,
)


@transaction.atomic
def evaluation_submit(
    *, registration: Registration, overall: int, usefulness: int, best: str = "", improve: str = ""
) -> EvaluationResponse:
    """Save a participant's evaluation. Only people with a seat, after the
    session has started; one answer per registration (a second submit
    updates it)."""
    session = registration.session
    if registration.status != RegistrationStatus.CONFIRMED:
        raise UserError(_("Only participants can evaluate the session."), code="forbidden")
    if not session.evaluation_enabled or timezone.now() < session.start:
        raise UserError(_("The evaluation opens when the session starts."), code="not_open")
    response = EvaluationResponse.objects.filter(registration=registration).first() or EvaluationResponse(
        registration=registration, session=session
    )
    response.overall = overall
    response.usefulness = usefulness
    response.best = multiline(best).strip()
    response.improve = multiline(improve).strip()
    response.full_clean()
    response.save()
    return response
