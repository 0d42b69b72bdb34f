"""Every rich-text field and block takes its features from elearning.richtext."""

from django.apps import apps
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from elearning import richtext

NAMED = {name: features for name, features in vars(richtext).items() if name.endswith("_FEATURES") and name.isupper()}


def _rich_text_blocks(block, path):
    if isinstance(block, blocks.RichTextBlock):
        yield path, block.features
    if isinstance(block, blocks.ListBlock):
        yield from _rich_text_blocks(block.child_block, f"{path}[]")
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from _rich_text_blocks(child, f"{path}.{name}")


def _rich_text_features():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            where = f"{model._meta.label}.{getattr(field, 'name', '')}"
            if isinstance(field, RichTextField):
                yield where, field.features
            elif isinstance(field, StreamField):
                yield from _rich_text_blocks(field.stream_block, where)


def test_every_rich_text_uses_a_named_feature_list():
    found = list(_rich_text_features())
    assert any(where == "theme_sessions.PodcastPage.description" for where, _ in found)  # the walk finds fields
    assert any(".materials_before.material.text" in where for where, _ in found)  # and blocks inside streams
    assert [(where, features) for where, features in found if features not in NAMED.values()] == []


def test_block_text_never_starts_above_h3():
    assert "h2" not in richtext.BLOCK_RICH_TEXT_FEATURES
    assert not {"h2", "h3"} & set(richtext.NO_HEADING_RICH_TEXT_FEATURES)
