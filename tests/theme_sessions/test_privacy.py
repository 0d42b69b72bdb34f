import pytest

from accounts.privacy import domain_exports
from accounts.services import user_delete
from tests.factories.accounts import UserFactory
from theme_sessions import services
from theme_sessions.models import CalendarFeedToken, EvaluationResponse, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def test_export_and_erase(session, django_capture_on_commit_callbacks, mailoutbox):
    session.capacity = 1
    session.save()
    user = UserFactory()
    registration = services.registration_create_for_user(session_id=session.pk, user=user)
    waiting = services.registration_create_for_user(session_id=session.pk, user=UserFactory())
    EvaluationResponse.objects.create(
        session=session, registration=registration, overall=4, usefulness=5, best="Jeg har diabetes"
    )
    services.calendar_token_for(user=user)

    data = domain_exports(user)["theme_sessions"]
    assert data["registrations"][0]["session"] == session.title
    assert data["registrations"][0]["evaluation"]["what_worked_well"] == "Jeg har diabetes"

    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=user)
    registration.refresh_from_db()
    assert registration.user_id is None and registration.anonymised_at is not None
    assert registration.status == RegistrationStatus.CANCELLED
    assert EvaluationResponse.objects.get().best == ""
    assert not CalendarFeedToken.objects.exists()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED  # the freed seat went to the waiting list
    assert Registration.objects.count() == 2
