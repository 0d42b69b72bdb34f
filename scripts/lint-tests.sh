#!/usr/bin/env bash
# Patterns refused in tests/ (make lint): ones that let a test pass whatever
# happens, and the demo loaders outside their own tests.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
refuse() {  # refuse PATTERN WHY [PATH ALLOWED TO USE IT]
  local hits
  hits=$(grep -rnE --include='*.py' "$1" tests | { if [ -n "${3:-}" ]; then grep -v "^$3"; else cat; fi; })
  if [ -n "$hits" ]; then
    printf '%s\n  ^ %s\n' "$hits" "$2"
    status=1
  fi
}
# A tuple, set or list of codes, or a name bound to one (REFUSED): each lets several outcomes pass.
refuse 'status_code in ([(\[{]|[A-Za-z_][A-Za-z0-9_.]*)' "assert the one status code the path gives (status_code == ...)"
refuse 'wait_for_timeout\(' "wait for what the page shows: Playwright's expect() or locator.wait_for()"
refuse 'time\.sleep\(' "poll with a deadline: tests.celery_worker.wait_until()" tests/celery_worker.py:
refuse '^\s*(from|import) demo\b' "build test data with tests/factories; only tests/demo/ loads the demo" tests/demo/
exit $status
