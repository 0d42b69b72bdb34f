"""Real parallel clients against PostgreSQL: the session row lock must keep
every burst of sign-ups and cancellations within capacity."""

import pytest

from tests.concurrency import run_parallel
from tests.factories.accounts import UserFactory
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from theme_sessions import services
from theme_sessions.models import Registration, RegistrationStatus

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _session(home, capacity):
    index = ThemeSessionIndexPageFactory(parent=home)
    series = SeriesPageFactory(parent=index)
    return SessionPageFactory(parent=series, capacity=capacity)


def test_parallel_sign_ups_never_overbook(home):
    session = _session(home, capacity=10)
    users = [UserFactory() for _ in range(60)]
    _results, errors = run_parallel(
        lambda u: services.registration_create_for_user(session_id=session.pk, user=u), users, threads=16
    )
    assert errors == []
    counts = {s: Registration.objects.filter(status=s).count() for s in ("confirmed", "waitlisted")}
    assert counts == {"confirmed": 10, "waitlisted": 50}


def test_parallel_cancellations_and_sign_ups_keep_capacity(home):
    session = _session(home, capacity=5)
    first = [UserFactory() for _ in range(15)]
    for u in first:
        services.registration_create_for_user(session_id=session.pk, user=u)
    confirmed = list(Registration.objects.filter(status=RegistrationStatus.CONFIRMED).select_related("user"))
    newcomers = [UserFactory() for _ in range(10)]

    def act(item):
        kind, value = item
        if kind == "cancel":
            services.registration_cancel(registration_id=value.pk, user=value.user)
        else:
            services.registration_create_for_user(session_id=session.pk, user=value)

    items = [("cancel", r) for r in confirmed[:3]] + [("sign_up", u) for u in newcomers]
    _results, errors = run_parallel(act, items, threads=8)
    assert errors == []
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 5
    # 15 + 10 active, minus 3 cancelled: 22, of whom 5 hold a seat.
    assert Registration.objects.filter(status=RegistrationStatus.WAITLISTED).count() == 17
