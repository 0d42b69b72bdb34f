#!/usr/bin/env bash
# The whole suite. It always runs on SQLite with the file-system broker, with
# the browser tests; when DATABASE_URL / REDIS_URL are set (as .ci/run does)
# it runs a second time on PostgreSQL with the Redis broker, without them and
# without the tests that touch no database, broker or worker, or whose
# answer does not depend on them (TESTS_PASS=2, see tests/conftest.py):
# those gave their answer in pass 1.
# Each pass clones its database from a template that is migrated once per
# schema (tests/testdb.py), and prints its 15 slowest tests and its time.
# worksteal: a worker that runs out of tests takes some from the other, so
# a long browser test near the end does not leave one core idle.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
workers="${PYTEST_WORKERS:-2}"
started=$SECONDS
mkdir -p var
# Every process of the run (each xdist worker in each pass, the template
# builder, the Celery workers, beats and gunicorn that tests start) would
# otherwise compile the modules it imports and rewrite the tests' asserts
# again, about 5 s of CPU each, where PYTHONDONTWRITEBYTECODE is set. The
# first process to import a module writes its bytecode beside it
# (__pycache__, which git ignores; `make install` leaves that to them).
unset PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX

if [ -n "${DATABASE_URL:-}" ]; then
  # Pass 2's template is made now, while pass 1 runs: loaded from
  # tests/schema/ in seconds, or migrated when a migration changed since
  # (then a run waits for one migration instead of two). At a lower
  # priority, so that it takes the CPU pass 1 leaves idle (a browser test
  # waiting on Chromium, a test waiting on a worker) rather than the CPU
  # pass 1 needs.
  DEBUG=1 DJANGO_SETTINGS_MODULE=elearning.settings nice -n 10 "$PY" -m tests.testdb > var/test-template-build.log 2>&1 &
  template_build=$!
fi

# Tests marked postgres or redis need that service: pass 2 runs them. The
# fault tests (real processes killed, a broker or mail server away) prove
# what production does: with a pass 2 they run there, on PostgreSQL and
# Redis, and only there.
pass2=""
if [ -n "${DATABASE_URL:-}" ] || [ -n "${REDIS_URL:-}" ]; then
  pass2=yes
fi
pass1_marks="not postgres and not redis"
if [ -n "$pass2" ]; then
  pass1_marks="$pass1_marks and not faults"
fi
echo "== Pass 1: SQLite, file-system broker, browser tests =="
env -u DATABASE_URL -u REDIS_URL DEBUG=1 \
  "$PY" -m pytest -n "$workers" --dist worksteal -m "$pass1_marks" "$@"
pass1=$((SECONDS - started))
echo "== Pass 1 took ${pass1} s =="

if [ -n "${template_build:-}" ] && ! wait "$template_build"; then
  echo "(Building the PostgreSQL template ahead failed; pass 2 tries again. var/test-template-build.log says why.)"
fi
if [ -n "$pass2" ]; then
  echo "== Pass 2: PostgreSQL ${DATABASE_URL:+($DATABASE_URL)} / Redis ${REDIS_URL:+($REDIS_URL)} =="
  # The tests that start processes of their own (the fault tests, which
  # start, kill and start again workers, beats and gunicorn, and the tests
  # of a real Celery worker) spend most of their time waiting for them;
  # among the workers' tests they left a core idle for a minute. They run
  # in a process of their own beside the workers (its own database, cloned
  # from the same template) and print when it ends. Exit code 5: no test of
  # theirs was selected (-k, a path).
  DEBUG=1 TESTS_PASS=2 "$PY" -m pytest -p no:xdist -m "processes and not browser" "$@" > var/test-processes.log 2>&1 &
  process_tests=$!
  status=0
  DEBUG=1 TESTS_PASS=2 \
    "$PY" -m pytest -n "$workers" --dist worksteal -m "not browser and not processes" "$@" || status=$?
  process_status=0
  wait "$process_tests" || process_status=$?
  echo "== Pass 2's tests that start processes, run beside the rest =="
  cat var/test-processes.log
  echo "== Pass 2 took $((SECONDS - started - pass1)) s =="
  for code in "$status" "$process_status"; do
    if [ "$code" -ne 0 ] && [ "$code" -ne 5 ]; then
      exit "$code"
    fi
  done
fi
echo "== The whole suite took $((SECONDS - started)) s =="
if [ -n "${MAKE_TEST_STARTED:-}" ]; then
  echo "== make test took $(($(date +%s) - MAKE_TEST_STARTED)) s, installing included =="
fi
