#!/usr/bin/env bash
# The whole suite. It always runs on SQLite with the file-system broker;
# when DATABASE_URL / REDIS_URL are set (as .ci/run does) it runs a second
# time on PostgreSQL with the Redis broker. Browser tests run in the first pass.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
workers="${PYTEST_WORKERS:-2}"

echo "== Pass 1: SQLite, file-system broker =="
env -u DATABASE_URL -u REDIS_URL DEBUG=1 SQLITE_TEST_PATH=var/test.sqlite3 \
  "$PY" -m pytest -n "$workers" --dist loadgroup "$@"

if [ -n "${DATABASE_URL:-}" ] || [ -n "${REDIS_URL:-}" ]; then
  echo "== Pass 2: PostgreSQL ${DATABASE_URL:+($DATABASE_URL)} / Redis ${REDIS_URL:+($REDIS_URL)} =="
  DEBUG=1 \
    "$PY" -m pytest -n "$workers" --dist loadgroup -m "not browser" "$@"
fi
