"""The Wagtail admin in Norwegian (issue 16, item 13): every block an editor
picks has a translated label (a block without one shows its Python name in
English, "Paragraph"), and Wagtail's own bokmål catalogue is active."""

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.functional import Promise
from wagtail import blocks
from wagtail.fields import StreamField


def _stream_blocks():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model.__name__}.{field.name}", field.stream_block


def _children(block, path):
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{path}.{name}", child
        yield from _children(child, f"{path}.{name}")
    if isinstance(block, blocks.ListBlock):
        yield from _children(block.child_block, f"{path}[]")


def test_every_block_an_editor_picks_has_a_translated_label():
    unlabelled = sorted(
        path
        for root, stream in _stream_blocks()
        for path, child in _children(stream, root)
        if not isinstance(child.meta.label, Promise)
    )
    assert not unlabelled, "Blocks without a translated label:\n" + "\n".join(unlabelled)


@pytest.mark.parametrize(("source", "expected"), [("Save draft", "Lagre utkast")])
def test_wagtails_own_bokmal_catalogue_is_active(source, expected):
    with translation.override("nb"):
        assert translation.gettext(source) == expected
