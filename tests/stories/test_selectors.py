"""Speaking time and which stories a person sees."""

import pytest

from stories import selectors
from stories.selectors import SpeakingTime, speaking_time, word_count
from tests.factories.accounts import UserFactory
from tests.factories.stories import StoryFactory, StoryShareFactory


def test_word_count_counts_words_not_punctuation():
    assert word_count("") == 0
    assert word_count("Jeg gikk – og gikk.\n\nSå  stoppet jeg, Per-Ivar’s bil.") == 9


def test_speaking_time_counts_only_the_spoken_parts_at_130_words_a_minute():
    texts = {
        "purpose": "ord " * 1000,
        "audience": "ord " * 1000,
        "kept_private": "ord " * 1000,
        "key_experiences": "ord " * 130,
        "what_helped": "ord " * 130,
        "message": "ord " * 130,
    }
    estimate = speaking_time(texts)
    assert estimate.words == 390 and estimate.seconds == 180 and estimate.minutes == 3
    assert not estimate.too_long and not estimate.under_a_minute


def test_speaking_time_edges():
    assert speaking_time({}).minutes == 0
    short = speaking_time({"message": "Ta ett steg om gangen."})
    assert short.under_a_minute and short.minutes == 1
    assert not SpeakingTime(words=1950, seconds=900).too_long  # exactly 15 minutes
    long = speaking_time({"key_experiences": "ord " * 2000})
    assert long.too_long and long.minutes == 15


@pytest.mark.django_db
def test_a_story_is_timed_from_its_spoken_parts():
    story = StoryFactory(key_experiences="en to tre", what_helped="fire", message="fem seks", kept_private="ord " * 500)
    assert speaking_time(story).words == 6


@pytest.mark.django_db
def test_visible_stories(django_assert_num_queries):
    person = UserFactory()
    own = StoryFactory(owner=person)
    shared = StoryShareFactory(user=person).story
    StoryFactory()
    with django_assert_num_queries(1):
        assert [s.pk for s in selectors.stories_owned_by(user=person)] == [own.pk]
    with django_assert_num_queries(1):
        visible = selectors.stories_shared_with(user=person)
    assert [s.pk for s in visible] == [shared.pk]
    # The private part is not even loaded for a co-teacher.
    assert "kept_private" in visible[0].get_deferred_fields()
    reading = selectors.story_reading(user=person, story_id=shared.pk)
    assert "kept_private" in reading.story.get_deferred_fields()
    assert [s.step.key for s in reading.steps] == ["purpose", "what_helped", "message"]
    assert selectors.story_reading(user=UserFactory(), story_id=shared.pk) is None
    owner_reading = selectors.story_reading(user=shared.owner, story_id=shared.pk)
    assert owner_reading.steps[-1].step.private and owner_reading.story.kept_private
    assert selectors.dashboard_stories(user=person) == {"own": [own], "shared": [shared]}
