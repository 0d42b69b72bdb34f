import pytest
from django.urls import reverse

from tests.factories.accounts import StaffFactory
from theme_sessions.models import SessionPage

pytestmark = pytest.mark.django_db


def test_editors_can_create_and_edit_sessions_in_the_admin(client, session, series):
    client.force_login(StaffFactory())
    response = client.get(reverse("wagtailadmin_pages:edit", args=[session.pk]))
    assert response.status_code == 200
    assert reverse("theme_sessions_admin:attendance", args=[session.pk]) in response.content.decode()
    response = client.get(reverse("wagtailadmin_pages:add", args=["theme_sessions", "sessionpage", series.pk]))
    assert response.status_code == 200
    response = client.get(reverse("wagtailadmin_explore", args=[series.pk]))
    assert response.status_code == 200
    assert client.get(reverse("wagtailsnippets_theme_sessions_speaker:list")).status_code == 200


def test_session_pages_cannot_be_added_outside_a_series(client, index_page):
    client.force_login(StaffFactory())
    response = client.get(reverse("wagtailadmin_pages:add", args=["theme_sessions", "sessionpage", index_page.pk]))
    # Wagtail refuses: its PermissionDenied becomes a redirect to the admin's front page.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not SessionPage.can_create_at(index_page)
