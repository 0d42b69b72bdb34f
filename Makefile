# Helsepedagogikk — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := elearning.settings

# Development defaults; a .env file or the environment overrides them.
export DEBUG ?= 1
export CELERY_TASK_ALWAYS_EAGER ?= 0
# When make read this file, before any target ran: `make test` prints its
# whole time, installing included.
MAKE_STARTED := $(shell date +%s)

.PHONY: run test test-e2e test-schema lint bench install system-deps browser migrate demo messages clean

$(PY):
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON))."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml requirements.lock package.json package-lock.json
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-compile -c requirements.lock -e ".[test]"
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(STAMP)

install: system-deps $(STAMP)
	@mkdir -p var/mail var/cache var/celery/queue var/celery/processed var/celery/control media
	@$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

system-deps:
	@scripts/system-deps.sh run

browser:
	@scripts/system-deps.sh browser

migrate: install
	$(PY) manage.py migrate --noinput

# The demo site from the demo app (demo/): loaders, content and media; idempotent.
demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo ""
	@echo "  Helsepedagogikk: http://127.0.0.1:8000   (admin: http://127.0.0.1:8000/admin/)"
	@echo "  Demo accounts are listed in README.md. E-mails are written to var/mail/."
	@echo ""
	$(BIN)/honcho -f Procfile.dev start

# A model change without its migration fails the suite's first pass:
# tests/elearning/test_settings.py runs `makemigrations --check --dry-run`.
test: install browser
	MAKE_TEST_STARTED=$(MAKE_STARTED) scripts/run-tests.sh

# The test templates as SQL (tests/testdb.py), from the migrations; after a
# migration changes, for both databases (PostgreSQL as .ci/run reaches it).
test-schema: install
	env -u DATABASE_URL -u REDIS_URL $(PY) -m tests.testdb --write-schema
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PY) -m tests.testdb --write-schema

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	scripts/lint-tests.sh

# The production-like benchmark (bench/production.py): its own PostgreSQL
# database, gunicorn, Redis, DEBUG off, wrk. BENCH_SIZE=M|L adds load data.
bench: install
	@scripts/system-deps.sh bench
	$(PY) bench/run.py

messages: install
	cd . && flock locale/.lock $(PY) manage.py makemessages -l nb -l nn -l en --no-location --ignore=.venv --ignore=node_modules --ignore=var --ignore=media
	flock locale/.lock $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

clean:
	rm -rf var/cache var/celery var/mail var/test*.sqlite3* var/test-template*
