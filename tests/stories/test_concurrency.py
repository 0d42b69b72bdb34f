"""Two submits of one form at the same moment, against PostgreSQL: the
unique (author or owner, submit_key) lets one insert win and both get that row."""

import pytest

from stories import services
from stories.models import Story, StoryComment
from tests.concurrency import run_parallel
from tests.factories.accounts import UserRepresentativeFactory
from tests.factories.stories import StoryFactory, StoryShareFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_concurrent_submits_of_one_comment_form_create_one_comment():
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    results, errors = run_parallel(
        lambda _i: services.comment_add(user=co_teacher, story_id=story.pk, text="Fin åpning!", submit_key="form-1"),
        range(2),
    )
    assert errors == []
    assert sorted(created for _comment, created in results) == [False, True]
    assert len({comment.pk for comment, _created in results}) == 1
    assert StoryComment.objects.filter(story=story).count() == 1


def test_two_concurrent_submits_of_one_new_story_form_create_one_story():
    owner = UserRepresentativeFactory()
    stories, errors = run_parallel(
        lambda _i: services.story_create(user=owner, title="Min første tid", submit_key="form-1"), range(2)
    )
    assert errors == []
    assert len({story.pk for story in stories}) == 1
    assert Story.objects.filter(owner=owner).count() == 1
