"""The template database (tests/testdb.py) follows the migrations: any change
to a migration file gives a new template, which the next run builds."""

import importlib
import shutil
from pathlib import Path

from tests import testdb

STORIES_MIGRATIONS = Path(__file__).resolve().parents[1] / "stories" / "migrations"


def _migrations_copy(tmp_path, monkeypatch, settings) -> Path:
    """The stories app's migrations, copied into a package of their own that
    the app now loads its migrations from."""
    package = tmp_path / "copied_migrations"
    shutil.copytree(STORIES_MIGRATIONS, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    settings.MIGRATION_MODULES = {"stories": "copied_migrations"}
    return package


def test_the_key_covers_every_migration_file(tmp_path, monkeypatch, settings):
    before = testdb.schema_key()
    package = _migrations_copy(tmp_path, monkeypatch, settings)
    assert testdb.schema_key() == before  # the same files, read from elsewhere

    first = sorted(package.glob("0*.py"))[0]
    first.write_text(first.read_text() + "\n# an edited migration\n")
    edited = testdb.schema_key()
    assert edited != before

    (package / "9999_added.py").write_text("from django.db import migrations\n")
    assert testdb.schema_key() not in (before, edited)


def test_the_key_covers_the_base_site(tmp_path, monkeypatch):
    before = testdb.schema_key()
    builder = tmp_path / "elearning.py"
    builder.write_text(testdb.SITE_BUILDER.read_text() + "\n# another home page\n")
    monkeypatch.setattr(testdb, "SITE_BUILDER", builder)
    assert testdb.schema_key() != before


class FakeBackend:
    def __init__(self, templates):
        self.templates = set(templates)
        self.calls = []
        self.test_name = "test_fake"

    def template_name(self, key):
        return f"template_{key}"

    def exists(self, name):
        return name in self.templates

    def build(self, name, build_content):
        self.calls.append(("build", name))
        self.templates.add(name)

    def drop_other_templates(self, keep):
        self.calls.append(("drop others", keep))
        self.templates = {keep}

    def clone(self, template):
        self.calls.append(("clone", template))


def _database(monkeypatch, backend) -> testdb.TestDatabase:
    monkeypatch.setattr(testdb, "schema_key", lambda: "new")
    monkeypatch.setitem(testdb.BACKENDS, "sqlite", lambda alias: backend)
    monkeypatch.setitem(testdb.BACKENDS, "postgresql", lambda alias: backend)
    return testdb.TestDatabase()


def test_a_new_key_builds_its_template_and_drops_the_old_one(monkeypatch):
    backend = FakeBackend(templates={"template_old"})
    _database(monkeypatch, backend).setup()
    assert backend.calls == [("build", "template_new"), ("drop others", "template_new"), ("clone", "template_new")]
    assert backend.templates == {"template_new"}


def test_a_known_key_is_only_cloned(monkeypatch):
    backend = FakeBackend(templates={"template_new"})
    _database(monkeypatch, backend).setup()
    assert backend.calls == [("clone", "template_new")]
