"""The demo stands apart from the product: it has no models, and no product
app imports it (the dependency goes one way, demo -> product)."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

PRODUCT_APPS = ["elearning", "accounts", "modules", "quizzes", "theme_sessions", "coteaching", "stories"]


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_product_app_imports_the_demo():
    assert set(PRODUCT_APPS) < set(settings.INSTALLED_APPS)
    offenders = []
    for label in PRODUCT_APPS:
        for path in sorted(Path(apps.get_app_config(label).path).rglob("*.py")):
            if any(name == "demo" or name.startswith("demo.") for name in _imported_modules(path)):
                offenders.append(str(path))
    assert offenders == []


def test_the_demo_app_has_no_models():
    assert list(apps.get_app_config("demo").get_models()) == []
