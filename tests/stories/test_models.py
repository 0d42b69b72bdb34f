"""The database itself refuses what the services would never write."""

import pytest
from django.db import IntegrityError, transaction

from stories.models import PART_MAX_LENGTH, Story, StoryComment, StoryShare
from tests.factories.accounts import UserFactory
from tests.factories.stories import StoryFactory, StoryShareFactory

pytestmark = pytest.mark.django_db


def test_oversized_part_is_refused_by_the_database():
    story = StoryFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Story.objects.filter(pk=story.pk).update(what_helped="x" * (PART_MAX_LENGTH + 1))
    Story.objects.filter(pk=story.pk).update(what_helped="x" * PART_MAX_LENGTH)


def test_a_story_is_shared_once_with_the_same_person():
    share = StoryShareFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        StoryShare.objects.create(story=share.story, user=share.user, email="annen@example.no")
    with pytest.raises(IntegrityError), transaction.atomic():
        StoryShare.objects.create(story=share.story, email=share.email.upper())


def test_nobody_comments_on_the_private_step():
    story = StoryFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        StoryComment.objects.create(story=story, author=UserFactory(), step="private", text="Nei")
    StoryComment.objects.create(story=story, author=story.owner, step="message", text="Ja")
    with pytest.raises(IntegrityError), transaction.atomic():
        StoryComment.objects.create(story=story, author=story.owner, text="")
