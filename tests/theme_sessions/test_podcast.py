import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.theme_sessions import EpisodePageFactory, PodcastPageFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_podcast_feed_is_valid_rss_with_itunes_tags(client, home):
    podcast = PodcastPageFactory(parent=home)
    first = EpisodePageFactory(parent=podcast, title="Å undervise sammen")
    EpisodePageFactory(parent=podcast)
    response = client.get(f"{podcast.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == podcast.title
    assert feed.feed.author_detail.name == "NK LMH" or feed.feed.get("itunes_explicit") is not None
    assert feed.namespaces.get("itunes") == "http://www.itunes.com/dtds/podcast-1.0.dtd"
    assert len(feed.entries) == 2
    entry = next(e for e in feed.entries if e.title == "Å undervise sammen")
    enclosure = entry.enclosures[0]
    assert enclosure.type == "audio/mpeg"
    assert int(enclosure.length) == first.audio.file.size
    assert enclosure.href.startswith("http")
    assert entry.itunes_episode == str(first.number)


def test_episode_page_shows_transcript_and_show_notes(client, home):
    podcast = PodcastPageFactory(parent=home)
    episode = EpisodePageFactory(parent=podcast, transcript="Marit: Vi planla kurset sammen.")
    html = client.get(episode.url).content.decode()
    assert "Marit: Vi planla kurset sammen." in html
    assert "<audio" in html
    html = client.get(podcast.url).content.decode()
    assert nb("Subscribe to the podcast") in html and episode.title in html


def test_podcast_page_and_feed_queries_do_not_grow(client, home, django_assert_num_queries):
    podcast = PodcastPageFactory(parent=home)
    EpisodePageFactory(parent=podcast)
    for url in (podcast.url, f"{podcast.url}feed/"):
        client.get(url)
        with CaptureQueriesContext(connection) as few:
            client.get(url)
        count = len(few.captured_queries)
        for _ in range(4):
            EpisodePageFactory(parent=podcast)
        client.get(url)  # the first visit after a publish fills the content caches again
        with django_assert_num_queries(count):
            client.get(url)
