"""The podcast's RSS 2.0 feed with the iTunes tags podcast apps read."""

import mimetypes

from django.conf import settings
from django.http import HttpResponse
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator

from elearning.site_url import absolute_url
from theme_sessions import selectors

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


class PodcastFeed(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        attrs = super().rss_attributes()
        attrs["xmlns:itunes"] = ITUNES_NS
        attrs["xmlns:content"] = CONTENT_NS
        return attrs

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:summary", feed["description"])
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:type", "episodic")
        handler.addQuickElement("itunes:category", attrs={"text": feed["itunes_category"]})
        if feed.get("itunes_image"):
            handler.addQuickElement("itunes:image", attrs={"href": feed["itunes_image"]})
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["itunes_author"])
        if feed.get("itunes_email"):
            handler.addQuickElement("itunes:email", feed["itunes_email"])
        handler.endElement("itunes:owner")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:episode", str(item["itunes_episode"]))
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:summary", item["itunes_summary"])
        handler.addQuickElement("itunes:explicit", "false")
        if item.get("itunes_duration"):
            handler.addQuickElement("itunes:duration", str(item["itunes_duration"]))


def _absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else absolute_url(url)


def podcast_feed_response(*, request, podcast) -> HttpResponse:
    page_url = _absolute(podcast.url)
    description = strip_tags(podcast.description).strip()
    feed = PodcastFeed(
        title=podcast.title,
        link=page_url,
        description=description,
        language=podcast.locale.language_code if podcast.locale_id else settings.LANGUAGE_CODE,
        feed_url=f"{page_url}feed/",
        author_name=podcast.author,
        itunes_author=podcast.author,
        itunes_category=podcast.category,
        itunes_email=podcast.owner_email,
        itunes_image=_absolute(podcast.image.get_rendition("fill-1400x1400").url) if podcast.image_id else "",
    )
    for episode in selectors.podcast_episodes(podcast=podcast):
        audio = episode.audio
        mime_type = mimetypes.guess_type(audio.file.name)[0] or "audio/mpeg"
        try:
            length = audio.file.size
        except (OSError, FileNotFoundError):
            continue  # An episode whose file is missing would break podcast apps.
        url = _absolute(episode.url)
        feed.add_item(
            title=episode.title,
            link=url,
            description=f"{episode.show_notes}",
            unique_id=absolute_url(f"/podcast-episode/{episode.pk}"),
            unique_id_is_permalink=False,
            pubdate=episode.published_at,
            enclosures=[Enclosure(_absolute(audio.url), str(length), mime_type)],
            itunes_episode=episode.number,
            itunes_summary=Truncator(episode.summary).chars(3900),
            itunes_duration=int(audio.duration) if audio.duration else None,
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    response["Cache-Control"] = "public, max-age=900"
    return response
