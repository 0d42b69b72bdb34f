"""Lesson videos: a poster image always, chapters that fit the video, and chapter links that work without
JavaScript (a media fragment). Session recordings use the same chapter rules."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.blocks import StructBlockValidationError

from elearning.blocks import chapters_error
from modules.blocks import VideoBlock
from tests.factories.modules import video_block
from tests.factories.theme_sessions import (
    SeriesPageFactory,
    SessionPageFactory,
    ThemeSessionIndexPageFactory,
    add_recording,
)
from tests.i18n import nb

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("starts", "duration", "error"),
    [
        (["00:00", "00:08", "1:00:00"], 4000, None),
        ([], 10, None),
        (["00:00", "00:08"], None, None),
        (["00:02", "00:08"], 10, "The first chapter starts at 00:00."),
        (["00:00", "00:08", "00:08"], 10, "Put the chapters in order, each one later than the one before."),
        (["00:00", "00:12"], 10, "A chapter starts after the end of the video (%(length)s)."),
        (["00:00", "8 sek"], 10, "Write the time as mm:ss or h:mm:ss."),
    ],
)
def test_chapters_must_fit_the_video(starts, duration, error):
    found = chapters_error(starts, duration=duration)
    assert (found and str(found)) == (error and nb(error) % {"length": "00:10"})


def test_the_video_block_refuses_a_chapter_after_the_end_of_the_video():
    _kind, value = video_block(chapters=[("00:00", "Start"), ("00:20", "Etter slutten")])
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(block.get_prep_value(block.normalize(value))))
    assert set(error.value.block_errors) == {"chapters"}


def test_the_video_renders_its_poster_and_chapter_links():
    _kind, value = video_block(chapters=[("00:00", "Start"), ("00:08", "Et tydelig mål")], poster=True)
    block = VideoBlock()
    html = block.render(block.normalize(value), context={"LANGUAGE_CODE": "nb"})
    video = value["video"]
    assert f'poster="{video.thumbnail.url}"' in html
    assert f'href="{video.url}#t=8" data-seconds="8"' in html
    assert '<time datetime="PT8S">00:08</time> Et tydelig mål' in html
    assert "data-video-scope" in html
    without = block.render(block.normalize(video_block(chapters=[])[1]), context={"LANGUAGE_CODE": "nb"})
    assert 'poster="/static/img/video-poster.png"' in without and "chapter-list" not in without


def test_a_session_recording_gets_a_poster_and_its_chapters_must_fit(client, home):
    series = SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home))
    session = SessionPageFactory(parent=series)
    session.start = timezone.now() - datetime.timedelta(days=2)
    session.end = session.start + datetime.timedelta(hours=1)
    add_recording(session)
    html = client.get(session.url).content.decode()
    assert 'poster="/static/img/video-poster.png"' in html
    assert 'class="ds-link chapter-link" href="' in html and 'data-seconds="0"' in html
    session.recording_chapters = [
        ("chapter", {"start": "00:00", "title": "Start"}),
        ("chapter", {"start": "00:30", "title": "Etter slutten"}),
    ]
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert set(error.value.message_dict) == {"recording_chapters"}
