"""A non-editable install (pip install .) holds every app of the project:
the package list in pyproject.toml names each app in INSTALLED_APPS."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def test_every_app_of_the_project_is_packaged():
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    ours = [config.name for config in apps.get_app_configs() if Path(config.path).parent == ROOT]
    assert len(ours) > 10
    assert [app for app in ours if not any(fnmatch(app, pattern) for pattern in include)] == []
