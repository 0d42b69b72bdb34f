"""The demo content (demo/content/ and the texts in demo/loaders/) follows the
glossary in locale/glossary.toml, like the bokmål catalogue does. Slugs, keys
and block names (lower-case words without spaces) are not text a reader sees."""

import importlib
import pkgutil
import re

import pytest

import demo.content
import demo.loaders
from tests import glossary

IDENTIFIER = re.compile(r"^[a-z0-9_.\-/]*$")


def _modules(package):
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        yield importlib.import_module(info.name)


def _strings(value, path):
    if isinstance(value, str):
        if not IDENTIFIER.match(value):
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _texts():
    for package in (demo.content, demo.loaders):
        for module in _modules(package):
            for name, value in vars(module).items():
                if name.startswith("__") or not isinstance(value, (str, dict, list, tuple)):
                    continue
                yield from _strings(value, f"{module.__name__}.{name}")


def test_the_demo_content_has_text_to_check():
    assert sum(len(text) for _path, text in _texts()) > 100_000


@pytest.mark.parametrize("package", ["demo.content", "demo.loaders"])
def test_no_banned_term_in_the_demo_content(package):
    problems = [
        f"{path}: {violation}"
        for path, text in _texts()
        if path.startswith(package)
        for violation in glossary.violations(text, language="nb")
    ]
    assert problems == []
