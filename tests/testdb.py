"""The test database: made once per schema into a template, then cloned.

Migrating takes about 40 s, and every pytest process (each xdist worker, each
pass of `make test`) used to pay for it. Now the first process that needs a
schema makes a template database under a file lock: it loads the template's
SQL from the repository (tests/schema/, see SCHEMA_KEY_LINE) or, when that
is of other migrations, migrates and builds the base site in it
(tests.factories.elearning.build_site), so every test starts with a site.
The template's name carries a hash of every migration file of every
installed app and of the base site's factories: a changed migration gives a
new name, so the next run builds a new template and drops the old one. Every
process then clones the template: a file copy on SQLite, CREATE DATABASE ...
TEMPLATE on PostgreSQL.

A transactional test (live server, real worker, concurrency) commits rows a
rollback cannot undo; restore() puts the template back after it. That is
cheaper than Django's serialized rollback (flush every table, then save every
row again from JSON) and brings the base site back too.
"""

import datetime
import fcntl
import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

ROOT = Path(__file__).resolve().parents[1]
# The base site is part of the template, so its builder is part of the key.
SITE_BUILDER = ROOT / "tests" / "factories" / "elearning.py"
# The templates as SQL, written by `make test-schema` (see SCHEMA_KEY_LINE).
SCHEMA_DIR = ROOT / "tests" / "schema"


def schema_key() -> str:
    """A hash of every migration file of every installed app (ours and
    third-party ones) and of the base site's builder."""
    digest = hashlib.sha256()
    for app in sorted(apps.get_app_configs(), key=lambda a: a.label):
        module_name, _explicit = MigrationLoader.migrations_module(app.label)
        try:
            spec = importlib.util.find_spec(module_name) if module_name else None
        except ModuleNotFoundError:
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).rglob("*.py")):
                digest.update(f"{app.label}/{path.relative_to(folder)}\0".encode())
                digest.update(path.read_bytes())
    digest.update(SITE_BUILDER.read_bytes())
    # The SQL a migration gives is Django's to choose.
    digest.update(django.get_version().encode())
    return digest.hexdigest()[:12]


# A fresh clone has no template yet, and migrating one takes a core about
# 40 s per database, while every test process waits. The repository holds
# each template as SQL instead (tests/schema/<vendor>.sql), under the key of
# the migrations it was made from: a clone loads it in a second or two. A
# file of another key is never loaded; the template is migrated as before,
# and tests/test_testdb.py fails until `make test-schema` writes it anew.
SCHEMA_KEY_LINE = "-- The test template of schema key {key}; written by make test-schema, from the migrations."


MIGRATIONS_APPLIED = datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)


def schema_file(vendor: str) -> Path:
    return SCHEMA_DIR / f"{vendor}.sql"


def committed_schema(vendor: str, key: str) -> str | None:
    """The SQL of `vendor`'s template from the repository, if it is of `key`."""
    path = schema_file(vendor)
    if not path.exists():
        return None
    first, _, sql = path.read_text().partition("\n")
    return sql if first == SCHEMA_KEY_LINE.format(key=key) else None


@contextmanager
def _locked(vendor: str):
    """One builder at a time for each kind of database, across processes."""
    lock = ROOT / "var" / f"test-template-{vendor}.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _point_at(alias: str, name: str) -> None:
    """Make `alias` use database `name` from its next query on."""
    connection = connections[alias]
    connection.close()
    connection.settings_dict["NAME"] = name
    settings.DATABASES[alias]["NAME"] = name


class SQLite:
    def __init__(self, alias: str):
        self.alias = alias
        self.prefix = str(ROOT / "var" / "test-template-")
        test_name = connections[alias].settings_dict.get("TEST", {}).get("NAME")
        # A file, never an in-memory database: a real Celery worker process
        # must be able to open it.
        self.test_name = test_name or str(ROOT / "var" / f"test-{os.getpid()}.sqlite3")

    def template_name(self, key: str) -> str:
        return f"{self.prefix}{key}.sqlite3"

    def exists(self, name: str) -> bool:
        return Path(name).exists()

    def build(self, name: str, build_content) -> None:
        building = f"{name}.{os.getpid()}.building"
        self.drop(building)
        _point_at(self.alias, building)
        build_content()
        with connections[self.alias].cursor() as cursor:
            # One self-contained file: the write-ahead log folded in.
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connections[self.alias].close()
        os.replace(building, name)

    def load(self, sql: str) -> None:
        """Run a dump into the database being built."""
        connection = connections[self.alias]
        connection.ensure_connection()
        raw = connection.connection
        # A dump creates its tables one by one, each with its rows: a row
        # may point into a table that comes later. Checked once all are in.
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.executescript(sql)
        raw.execute("PRAGMA foreign_keys = ON")
        broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        assert not broken, f"the dump leaves rows pointing nowhere: {broken[:5]}"

    def dump(self, template: str) -> str:
        """The template as SQL: every table with its rows, then the indexes.
        (Python's iterdump() writes a full-text table into sqlite_master,
        where the connection loading it cannot use it.) A full-text table is
        created as itself, which makes its shadow tables, and keeps its
        rowids, which the search joins on."""
        with closing(sqlite3.connect(template)) as source:
            objects = source.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type != 'table', rowid"
            ).fetchall()
            virtual = [name for _type, name, sql in objects if sql.startswith("CREATE VIRTUAL TABLE")]
            statements = ["BEGIN"]
            for kind, name, sql in objects:
                if name.startswith("sqlite_") or any(name.startswith(f"{table}_") for table in virtual):
                    continue
                statements.append(sql)
                if kind != "table":
                    continue
                columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
                if name in virtual:
                    columns.insert(0, "rowid")
                names = ", ".join(f'"{column}"' for column in columns)
                values = " || ',' || ".join(
                    f'quote("{column}")' if column != "rowid" else "rowid" for column in columns
                )
                query = f"SELECT 'INSERT INTO \"{name}\" ({names}) VALUES (' || {values} || ')' FROM \"{name}\""  # noqa: S608 (names from sqlite_master)
                statements += [row[0] for row in source.execute(query)]
            # The rows filled the sequences as far as they go; a deleted row's went further.
            statements.append("DELETE FROM sqlite_sequence")
            sequences = source.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
            statements += [f"INSERT INTO sqlite_sequence VALUES ('{name}', {seq})" for name, seq in sequences]  # noqa: S608
            statements.append("COMMIT")
        return ";\n".join(statements) + ";\n"

    def drop_other_templates(self, keep: str) -> None:
        for path in Path(self.prefix).parent.glob(Path(self.prefix).name + "*.sqlite3"):
            if str(path) != keep:
                path.unlink(missing_ok=True)

    def clone(self, template: str) -> None:
        self.drop(self.test_name)
        shutil.copyfile(template, self.test_name)
        _point_at(self.alias, self.test_name)

    def restore(self, template: str) -> None:
        # The backup API writes through this connection, under SQLite's own
        # locking, so other connections to the file (the live server's) stay
        # valid and see the template's rows from their next query on.
        connection = connections[self.alias]
        connection.ensure_connection()
        with closing(sqlite3.connect(template)) as source:
            source.backup(connection.connection)

    def drop(self, name: str) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)


class PostgreSQL:
    def __init__(self, alias: str):
        self.alias = alias
        connection = connections[alias]
        self.test_name = (
            connection.settings_dict.get("TEST", {}).get("NAME") or f"test_{connection.settings_dict['NAME']}"
        )
        # The template is shared by the xdist workers: no worker suffix.
        base = self.test_name.removesuffix(f"_{os.environ.get('PYTEST_XDIST_WORKER', '')}")
        self.prefix = f"{base}_tpl_"

    def _execute(self, *statements: str) -> list:
        with connections[self.alias]._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def _quote(self, name: str) -> str:
        return connections[self.alias].ops.quote_name(name)

    def template_name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def exists(self, name: str) -> bool:
        with connections[self.alias]._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return cursor.fetchone() is not None

    def build(self, name: str, build_content) -> None:
        building = f"{name}_building"
        self.drop(building)
        self._execute(f"CREATE DATABASE {self._quote(building)}")
        _point_at(self.alias, building)
        build_content()
        connections[self.alias].close()
        self._execute(f"ALTER DATABASE {self._quote(building)} RENAME TO {self._quote(name)}")

    def load(self, sql: str) -> None:
        """Run a dump into the database being built."""
        with connections[self.alias].cursor() as cursor:
            cursor.execute(sql)

    def dump(self, template: str) -> str:
        """The template as SQL statements, without pg_dump's psql commands
        (\\restrict, with a new random key each time)."""
        settings_dict = connections[self.alias].settings_dict
        command = ["pg_dump", "--column-inserts", "--no-owner", "--no-privileges", "--dbname", template]
        for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
            if settings_dict.get(key):
                command += [option, str(settings_dict[key])]
        env = {**os.environ, "PGPASSWORD": settings_dict.get("PASSWORD") or ""}
        output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
        return "".join(line for line in output.splitlines(keepends=True) if not line.startswith("\\"))

    def drop_other_templates(self, keep: str) -> None:
        with connections[self.alias]._nodb_cursor() as cursor:
            cursor.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [self.prefix])
            stale = [name for (name,) in cursor.fetchall() if name != keep]
        for name in stale:
            self.drop(name)

    def clone(self, template: str) -> None:
        connections[self.alias].close()
        self.drop(self.test_name)
        self._execute(f"CREATE DATABASE {self._quote(self.test_name)} TEMPLATE {self._quote(template)}")
        _point_at(self.alias, self.test_name)

    def restore(self, template: str) -> None:
        self.clone(template)

    def drop(self, name: str) -> None:
        # FORCE ends the connections a test left open (a live server's
        # request threads, a killed worker's).
        self._execute(f"DROP DATABASE IF EXISTS {self._quote(name)} WITH (FORCE)")


BACKENDS = {"sqlite": SQLite, "postgresql": PostgreSQL}


class TestDatabase:
    """This process's test database, cloned from the template of its schema."""

    def __init__(self, alias: str = "default"):
        self.alias = alias
        self.original_name = connections[alias].settings_dict["NAME"]
        self.backend = BACKENDS[connections[alias].vendor](alias)
        self.key = schema_key()
        self.template = self.backend.template_name(self.key)

    def setup(self) -> None:
        with _locked(connections[self.alias].vendor):
            self._ensure_template()
            self.backend.clone(self.template)

    def ensure_template(self) -> None:
        with _locked(connections[self.alias].vendor):
            self._ensure_template()

    def _ensure_template(self) -> None:
        if not self.backend.exists(self.template):
            self.backend.build(self.template, self._build_content)
            self.backend.drop_other_templates(keep=self.template)

    def _build_content(self) -> None:
        committed = committed_schema(connections[self.alias].vendor, self.key)
        if committed is not None:
            self.backend.load(committed)
        else:
            self._migrate()

    def _migrate(self) -> None:
        from tests.factories.elearning import build_site

        call_command("migrate", database=self.alias, run_syncdb=True, interactive=False, verbosity=0)
        # The same time in every build, so that the committed SQL changes
        # only where the migrations do.
        MigrationRecorder(connections[self.alias]).migration_qs.update(applied=MIGRATIONS_APPLIED)
        build_site()

    def write_schema(self) -> Path:
        """The template, migrated anew, as SQL in the repository."""
        with _locked(connections[self.alias].vendor):
            self.backend.drop(self.template)
            self.backend.build(self.template, self._migrate)
            self.backend.drop_other_templates(keep=self.template)
        path = schema_file(connections[self.alias].vendor)
        path.parent.mkdir(exist_ok=True)
        path.write_text(SCHEMA_KEY_LINE.format(key=self.key) + "\n" + self.backend.dump(self.template))
        return path

    def restore(self) -> None:
        self.backend.restore(self.template)

    def teardown(self) -> None:
        connections[self.alias].close()
        self.backend.drop(self.backend.test_name)
        _point_at(self.alias, self.original_name)


if __name__ == "__main__":
    # `python -m tests.testdb`: build the template of the configured database
    # ahead of time (make test does so for PostgreSQL while the SQLite pass
    # runs, so that the second pass finds it ready); with --write-schema,
    # write it to tests/schema/ too (make test-schema).
    django.setup()
    if "--write-schema" in sys.argv[1:]:
        print(f"Wrote {TestDatabase().write_schema().relative_to(ROOT)}")
    else:
        TestDatabase().ensure_template()
