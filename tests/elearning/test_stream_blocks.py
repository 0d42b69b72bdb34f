"""The heading and paragraph blocks are one definition (elearning.blocks)
shared by content pages, lesson bodies and assignment prompts. Content stored
before that change (the same JSON under the same block names) still loads and
renders: written here straight to the column, past the block definitions, then
read back and served. The assignment prompt has its own test in
tests/assignments/test_prompt_blocks.py."""

import pytest

from elearning.blocks import HeadingBlock, ParagraphBlock
from elearning.models import ContentStreamBlock, StandardPage
from elearning.richtext import BLOCK_RICH_TEXT_FEATURES
from modules.blocks import LessonBodyBlock
from modules.models import LessonPage
from tests.factories.accounts import AdminUserFactory
from tests.factories.elearning import StandardPageFactory
from tests.factories.modules import CourseIndexPageFactory, build_course

pytestmark = pytest.mark.django_db

SOURCES = {
    "heading": "Les mer",
    "sources": [{"author": "Helsedirektoratet", "year": "2024", "title": "Samvalg", "publisher": "", "link": "",
                 "note": ""}],
}  # fmt: skip


def stored(*blocks) -> list[dict]:
    """A stream as the database holds it."""
    return [{"type": kind, "value": value, "id": f"block-{i}"} for i, (kind, value) in enumerate(blocks)]


@pytest.mark.parametrize("stream", [ContentStreamBlock, LessonBodyBlock])
def test_every_stream_shares_one_heading_and_one_paragraph(stream):
    children = stream.base_blocks
    assert type(children["heading"]) is HeadingBlock
    assert type(children["paragraph"]) is ParagraphBlock
    assert children["paragraph"].features == BLOCK_RICH_TEXT_FEATURES


def test_a_content_page_stored_before_renders_each_block(client, home):
    page = StandardPageFactory(parent=home)
    StandardPage.objects.filter(pk=page.pk).update(
        body=stored(
            ("heading", "Hvem er behandlingsansvarlig?"),
            ("paragraph", '<h3 data-block-key="a">Kontakt</h3><p data-block-key="b">Skriv til oss.</p>'),
            ("sources", SOURCES),
        )
    )
    response = client.get(StandardPage.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 class="ds-heading" data-size="md">Hvem er behandlingsansvarlig?</h2>' in html
    assert (
        '<div class="rich-text"><h3 data-block-key="a">Kontakt</h3><p data-block-key="b">Skriv til oss.</p></div>'
        in html
    )
    assert "Les mer" in html and "Samvalg" in html


def test_a_lesson_stored_before_renders_each_shared_block(client, home):
    _course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    lesson = built[0][1][0]
    LessonPage.objects.filter(pk=lesson.pk).update(
        body=stored(
            ("heading", "Hva er helsekompetanse?"),
            ("paragraph", '<p data-block-key="c">Evnen til å finne, forstå og bruke helseinformasjon.</p>'),
            ("fact_box", {"title": "Samvalg", "text": '<p data-block-key="d">Pasient og behandler velger sammen.</p>'}),
            ("experience_story", {"quote": "Jeg ble hørt.", "teller_role": "Erfaren bruker"}),
            ("sources", SOURCES),
        )
    )
    client.force_login(AdminUserFactory())  # editors read lessons without enrolling
    response = client.get(LessonPage.objects.get(pk=lesson.pk).url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 class="ds-heading" data-size="md">Hva er helsekompetanse?</h2>' in html
    assert '<p data-block-key="c">Evnen til å finne, forstå og bruke helseinformasjon.</p>' in html
    assert "Pasient og behandler velger sammen." in html and "Jeg ble hørt." in html
    assert "Les mer" in html
