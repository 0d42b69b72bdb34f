"""A lesson cannot be published without a body (issue 16, item 14): an
empty paragraph (what the editor sends when Publish is pressed before the
text is synced) and a body of headings only are refused with a clear
message."""

import pytest
from wagtail.blocks import StreamBlockValidationError

from modules.blocks import LessonBodyBlock
from tests.i18n import nb

BLOCK = LessonBodyBlock()


def _clean(raw):
    return BLOCK.clean(BLOCK.to_python(raw))


def test_an_empty_paragraph_is_refused():
    with pytest.raises(StreamBlockValidationError) as error:
        _clean([{"type": "paragraph", "value": '<p data-block-key="x1"></p>'}])
    messages = error.value.as_json_data()["blockErrors"][0]["messages"]
    assert messages == [nb("This paragraph is empty. Write the text, or remove the paragraph.")]


def test_headings_alone_are_not_a_lesson():
    with pytest.raises(StreamBlockValidationError) as error:
        _clean([{"type": "heading", "value": "Innledning"}])
    assert "messages" in error.value.as_json_data()


def test_a_paragraph_with_text_is_a_lesson():
    assert len(_clean([{"type": "paragraph", "value": "<p>Helsekompetanse er …</p>"}])) == 1
