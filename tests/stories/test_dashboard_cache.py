""" "Mine kurs" keeps the story talks section per person
(modules.learner_html, user_cache.reads("stories")): a story shared or no
longer shared, a new title and the owner's new name show on the next
request; a sign-in elsewhere keeps the cached sections."""

import pytest
from django.contrib.auth.models import update_last_login
from django.urls import reverse

from elearning import user_cache
from stories import services
from tests.factories.accounts import UserFactory
from tests.factories.stories import StoryFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("modules:dashboard")


def test_sharing_the_owners_name_and_unsharing_show_on_the_next_request(client):
    story = StoryFactory(title="Min vei tilbake", owner__first_name="Per", owner__last_name="Bruker")
    reader = UserFactory()
    client.force_login(reader)
    assert "Min vei tilbake" not in client.get(DASHBOARD).content.decode()
    share, _created = services.story_share(user=story.owner, story_id=story.pk, email=reader.email)
    assert "Per Bruker" in client.get(DASHBOARD).content.decode()

    story.owner.last_name = "Brukersen"
    story.owner.save()
    assert "Per Brukersen" in client.get(DASHBOARD).content.decode()

    services.story_unshare(user=story.owner, story_id=story.pk, share_id=share.pk)
    assert "Min vei tilbake" not in client.get(DASHBOARD).content.decode()


def _probe(value):
    return user_cache.Entry("stories-probe", lambda: value, shared=("stories",))


def test_a_sign_in_elsewhere_keeps_the_cached_sections_a_new_name_does_not():
    reader, other = UserFactory(), UserFactory()
    assert user_cache.get_all(reader.pk, [_probe("first")]) == ["first"]
    update_last_login(None, other)
    assert user_cache.get_all(reader.pk, [_probe("second")]) == ["first"]
    other.first_name = "Kari"
    other.save()
    assert user_cache.get_all(reader.pk, [_probe("third")]) == ["third"]
