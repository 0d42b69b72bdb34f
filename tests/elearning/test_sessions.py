"""Sessions (elearning.sessions) are Django's cached_db, read with the
content version in one round trip: what a request writes to its session is
there on the next request, and a session missing from the shared cache is
read from the database."""

import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_what_a_request_writes_to_the_session_is_there_on_the_next(client, user):
    client.force_login(user)
    assert client.get(reverse("modules:dashboard")).status_code == 200
    client.post(reverse("modules:embed_consent"), {"consent": "yes", "next": "/"})
    assert client.session["modules_embed_consent"] is True
    assert client.get(reverse("modules:dashboard")).status_code == 200  # still signed in
    client.post(reverse("modules:embed_consent"), {"consent": "no", "next": "/"})
    assert "modules_embed_consent" not in client.session


def test_a_session_missing_from_the_shared_cache_is_read_from_the_database(client, user):
    client.force_login(user)
    assert client.get(reverse("modules:dashboard")).status_code == 200
    cache.clear()
    assert client.get(reverse("modules:dashboard")).status_code == 200  # not sent to log in
