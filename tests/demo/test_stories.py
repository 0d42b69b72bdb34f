"""The demo loader: the user representative's draft story, shared with the
demo professional, who has commented. Running it twice changes nothing."""

import io

import pytest
from django.urls import reverse

from demo.content.coteaching import DRAFT_STORY
from demo.loaders import stories as stories_demo
from stories.models import Story, StoryComment, StoryShare
from stories.selectors import speaking_time

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent(mailoutbox, django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        story = stories_demo.load(stdout=out)
    assert DRAFT_STORY["title"] in out.getvalue()
    assert story.owner.email == stories_demo.OWNER_EMAIL and story.owner.profile.is_user_representative
    assert story.kept_private == DRAFT_STORY["kept_private"]
    version = story.version
    with django_capture_on_commit_callbacks(execute=True):
        again = stories_demo.load()
    assert again.pk == story.pk and again.version == version
    assert Story.objects.count() == 1 and StoryShare.objects.count() == 1 and StoryComment.objects.count() == 1
    assert StoryShare.objects.get().user.email == stories_demo.CO_TEACHER_EMAIL
    assert StoryComment.objects.get().text == DRAFT_STORY["comment_from_coteacher"]
    assert not mailoutbox
    # An edit by the demo user is put back, and the version moves on.
    Story.objects.filter(pk=story.pk).update(message="Endret")
    assert stories_demo.load().version == version + 1


def test_the_demo_story_is_a_short_talk_as_the_comment_says():
    story = stories_demo.load()
    estimate = speaking_time(story)
    assert 1 <= estimate.minutes <= 5 and not estimate.too_long


def test_the_demo_co_teacher_reads_it_without_the_private_part(client):
    story = stories_demo.load()
    client.force_login(story.shares.get().user)
    html = client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert "Bilen utenfor legekontoret" in html
    assert "broren min" not in html.lower()
