"""The story builder's part of "Mine data", and the dashboard section."""

import pytest
from django.urls import reverse

from accounts.privacy import domain_exports
from accounts.services import user_delete
from stories.models import Story, StoryComment, StoryShare
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.stories import StoryCommentFactory, StoryFactory, StoryShareFactory

pytestmark = pytest.mark.django_db


def test_export_has_the_whole_story_including_the_private_part():
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    StoryCommentFactory(story=story, author=share.user, text="Sterk åpning")
    data = domain_exports(story.owner)["story_talks"]
    [exported] = data["stories"]
    assert exported["title"] == story.title and exported["kept_private"] == story.kept_private
    assert exported["shared_with"] == [share.user.email]
    assert exported["comments"][0]["text"] == "Sterk åpning"
    # The co-teacher's export has their comment and the story's title, never its text.
    co_teacher_data = domain_exports(share.user)["story_talks"]
    assert co_teacher_data["stories"] == []
    assert co_teacher_data["shared_with_me"] == [{"title": story.title, "owner": story.owner.get_full_name()}]
    assert co_teacher_data["comments_on_others_stories"][0]["text"] == "Sterk åpning"
    assert story.kept_private not in str(co_teacher_data) and story.what_helped not in str(co_teacher_data)


def test_erasing_the_owner_deletes_their_stories(django_capture_on_commit_callbacks):
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    StoryCommentFactory(story=story, author=share.user)
    other = StoryFactory(title="Beholdes")
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=story.owner)
    assert list(Story.objects.all()) == [other]
    assert not StoryShare.objects.exists() and not StoryComment.objects.exists()


def test_erasing_a_co_teacher_deletes_their_comments_and_shares_but_not_the_story(django_capture_on_commit_callbacks):
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    StoryCommentFactory(story=story, author=share.user, text="Fra medlæreren")
    own_comment = StoryCommentFactory(story=story, text="Fra eieren")
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=share.user)
    assert Story.objects.filter(pk=story.pk).exists()
    assert list(StoryComment.objects.all()) == [own_comment]
    assert not StoryShare.objects.exists()


def test_the_dashboard_suggests_the_story_builder_to_user_representatives(client):
    representative = UserRepresentativeFactory()
    client.force_login(representative)
    html = client.get(reverse("modules:dashboard")).content.decode()
    assert reverse("stories:list") in html
    professional = UserFactory()
    client.force_login(professional)
    html = client.get(reverse("modules:dashboard")).content.decode()
    assert reverse("stories:list") not in html.split("</header>", 1)[1]
    # ... until a story is shared with them.
    story = StoryShareFactory(user=professional, story=StoryFactory(title="Delt historie")).story
    html = client.get(reverse("modules:dashboard")).content.decode()
    assert reverse("stories:detail", args=[story.pk]) in html and "Delt historie" in html
    assert story.kept_private not in html


def test_the_nav_links_to_the_story_builder_for_user_representatives_only(client):
    assert reverse("stories:list") not in client.get(reverse("search")).content.decode()
    client.force_login(UserFactory())
    assert reverse("stories:list") not in client.get(reverse("search")).content.decode()
    client.force_login(UserRepresentativeFactory())
    assert reverse("stories:list") in client.get(reverse("search")).content.decode()
