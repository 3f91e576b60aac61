# Two commands for a fresh clone: `make run` (demo on SQLite) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# pytest-xdist processes for make test (each has its own test database).
TEST_WORKERS ?= auto
# Runs a stage of make run and says how long it took: $(call stage,name,command)
stage = start=$$(date +%s) && $(2) && echo "  ($(1): $$(( $$(date +%s) - start )) s)"

.PHONY: run serve test lint bench install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## run: SQLite, database search, demo content, admin login printed, server on $(HOST)
## (gunicorn reloading on code changes: runserver's queue of 10 connections drops a burst
## of panel answers; with the background worker for webhooks next to it); links in e-mails
## and previews point at http://$(HOST) (PUBLIC_URL)
run: export DEBUG ?= 1
run: export PUBLIC_URL ?= http://$(HOST)
run: install
	@$(call stage,migrate,$(BIN)/python manage.py migrate --no-input -v0)
	@$(call stage,load_demo,$(BIN)/python manage.py load_demo --users)
	$(BIN)/python manage.py db_worker --backend background --queue-name '*' --interval 0.2 --no-reload -v0 & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	BIND=$(HOST) $(BIN)/gunicorn -c cms/gunicorn.conf.py --reload

## serve: production-like: gunicorn (cms/gunicorn.conf.py) with DEBUG off, on $(HOST),
## plus the background worker. Settings come from the environment or .env (SECRET_KEY,
## DATABASE_URL, REDIS_URL, ...); without SECRET_KEY a random one is made per start.
serve: export BIND ?= $(HOST)
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: install
	@test -n "$$SECRET_KEY" || grep -qs '^SECRET_KEY=' .env || \
		echo "SECRET_KEY is not set: using a random key for this run only."
	SECRET_KEY="$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}" && \
	export SECRET_KEY && \
	$(BIN)/python manage.py migrate --no-input -v0 && \
	$(BIN)/python manage.py collectstatic --no-input -v0 && \
	{ $(BIN)/python manage.py db_worker --backend background --queue-name '*' --interval 0.2 \
		--no-reload -v0 & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn -c cms/gunicorn.conf.py; }

## test: the whole pytest-django suite on $(TEST_WORKERS) processes (set DATABASE_URL for
## PostgreSQL; Redis tests skip without a Redis on 127.0.0.1:6379)
test: install-test
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

## bench: benchmarks in tests/perf (JSON, ratios against a baseline measured in the same run);
## writes bench-results.json. Uses the local PostgreSQL and Redis, and wrk (Debian) as load tool.
bench: install-test
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python -m tests.perf.run

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache
