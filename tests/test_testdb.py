"""The template database (tests/testdb.py) follows the migrations: any change
to a migration file gives a new template, which the next run builds."""

import importlib
import re
import shutil
from pathlib import Path

import pytest
from django.db import connection

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


class LoadingBackend(FakeBackend):
    def load(self, sql):
        self.calls.append(("load", sql))


def _build_with_committed(monkeypatch, tmp_path, header_key: str) -> list:
    monkeypatch.setattr(testdb, "SCHEMA_DIR", tmp_path)
    for vendor in testdb.BACKENDS:
        testdb.schema_file(vendor).write_text(
            testdb.SCHEMA_KEY_LINE.format(key=header_key) + "\nCREATE TABLE t (id int);\n"
        )
    backend = LoadingBackend(templates=set())
    database = _database(monkeypatch, backend)
    monkeypatch.setattr(database, "_migrate", lambda: backend.calls.append(("migrate",)))
    database._build_content()
    return backend.calls


def test_the_committed_sql_of_the_key_is_loaded_instead_of_migrating(monkeypatch, tmp_path):
    assert _build_with_committed(monkeypatch, tmp_path, "new") == [("load", "CREATE TABLE t (id int);\n")]


def test_committed_sql_of_another_key_is_never_loaded(monkeypatch, tmp_path):
    assert _build_with_committed(monkeypatch, tmp_path, "old") == [("migrate",)]


def test_the_committed_sql_is_of_the_current_migrations():
    """Like makemigrations --check: a changed migration needs its SQL too,
    or every fresh clone migrates for 40 s before its first test."""
    key = testdb.schema_key()
    for vendor in testdb.BACKENDS:
        assert testdb.committed_schema(vendor, key) is not None, (
            f"{testdb.schema_file(vendor).relative_to(testdb.ROOT)} is not of the current migrations: "
            "run make test-schema and commit it"
        )


def _without_casts(sql: str) -> str:
    """PostgreSQL prints an expression it read back with its casts and
    brackets moved (ANY ((ARRAY['a'::varchar])::text[]) becomes
    ANY (ARRAY[('a'::varchar)::text])): the same check, in other words."""
    return re.sub(r"::[\w ]+(\[\])?|[()]", "", sql)


@pytest.mark.django_db
def test_the_template_dumps_back_to_the_committed_sql(django_db_setup):
    """Loading loses nothing: the template this run cloned from (loaded from
    the committed SQL) gives the same SQL again."""
    database = django_db_setup
    committed = testdb.committed_schema(connection.vendor, database.key)
    assert _without_casts(database.backend.dump(database.template)) == _without_casts(committed)
