"""WebVTT captions (modules.views.captions): served as text/vtt to whoever
may see their collection; those of a restricted collection are refused to
others and kept by no shared cache."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.modules import video_block

pytestmark = pytest.mark.django_db


def _captions():
    return video_block()[1]["captions"]


def test_public_captions_are_served_as_webvtt_and_may_be_cached_anywhere(client):
    response = client.get(reverse("modules:captions", args=[_captions().pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.startswith(b"WEBVTT")
    assert response["Cache-Control"] == "public, max-age=3600"


def test_captions_of_a_restricted_collection_are_for_signed_in_users_and_private(client, user):
    collection = Collection.get_first_root_node().add_child(name="Bare for innloggede")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    captions = _captions()
    get_document_model().objects.filter(pk=captions.pk).update(collection=collection)
    url = reverse("modules:captions", args=[captions.pk])
    assert client.get(url).status_code == 403
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=3600"


def test_a_document_that_is_not_webvtt_is_not_found(client):
    document = get_document_model().objects.create(title="Ikke teksting", file="documents/notat.pdf")
    assert client.get(reverse("modules:captions", args=[document.pk])).status_code == 404
