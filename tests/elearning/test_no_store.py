"""What a signed-in user is shown is kept by no browser or proxy
(elearning.middleware.SignedInNoStoreMiddleware): not after they sign out on
a shared computer, and not in the back button's page cache."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_a_signed_in_page_is_private_and_not_stored(client, user):
    client.force_login(user)
    response = client.get(reverse("modules:dashboard"))
    assert response.status_code == 200
    assert {"private", "no-store"} <= _directives(response)


def test_an_htmx_answer_to_a_signed_in_user_is_not_stored_either(client, user):
    client.force_login(user)
    response = client.post(reverse("modules:embed_consent"), {"consent": "yes", "next": "/"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 302
    assert {"private", "no-store"} <= _directives(response)


def test_a_page_for_an_anonymous_visitor_is_left_to_its_view(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "no-store" not in _directives(response)


def test_a_view_that_says_how_it_may_be_cached_is_left_as_it_says(client, user):
    client.force_login(user)
    response = client.get(reverse("robots_txt"))
    assert response.status_code == 200
    assert _directives(response) == {"max-age=86400", "public"}
