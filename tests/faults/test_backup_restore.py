"""Backup and restore as the README says: pg_dump the database with data in
it, pg_restore it into an empty database, and find the data there."""

import os
import subprocess

import psycopg
import pytest
from django.db import connection

from stories.models import Story
from tests.factories.accounts import UserFactory
from tests.factories.stories import StoryFactory

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_pg_dump_and_pg_restore_keep_the_data(tmp_path):
    owner = UserFactory(email="kari@example.no")
    StoryFactory(owner=owner, title="Den første tiden med diabetes")
    db = connection.settings_dict
    server = {"host": db["HOST"] or "127.0.0.1", "port": str(db["PORT"] or 5432), "user": db["USER"]}
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    options = ["-h", server["host"], "-p", server["port"], "-U", server["user"]]
    dump = tmp_path / "helsepedagogikk.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--compress=0", "--no-owner", *options, "--file", str(dump), db["NAME"]],
        check=True,
        env=env,
    )
    restored = f"{db['NAME']}_restored"
    admin = psycopg.connect(dbname="postgres", password=env["PGPASSWORD"] or None, autocommit=True, **server)
    try:
        admin.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        admin.execute(f'CREATE DATABASE "{restored}"')
        subprocess.run(["pg_restore", "--no-owner", *options, "--dbname", restored, str(dump)], check=True, env=env)
        with psycopg.connect(dbname=restored, password=env["PGPASSWORD"] or None, **server) as copy:
            titles = copy.execute(
                "SELECT s.title FROM stories_story s JOIN accounts_user u ON u.id = s.owner_id WHERE u.email = %s",
                ["kari@example.no"],
            ).fetchall()
            migrations = copy.execute("SELECT count(*) FROM django_migrations").fetchone()[0]
        assert Story._meta.db_table == "stories_story"
        assert titles == [("Den første tiden med diabetes",)]
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM django_migrations")
            assert migrations == cursor.fetchone()[0]
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        admin.close()
