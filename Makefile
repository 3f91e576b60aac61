# Two commands for a fresh clone: `make run` (demo on SQLite) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: run test lint bench install install-test clean

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
## (with the background worker for webhooks next to it)
run: export DEBUG ?= 1
run: install
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py load_demo --users
	$(BIN)/python manage.py db_worker --backend background --queue-name '*' --no-reload -v0 & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST)

## test: the whole pytest-django suite (set DATABASE_URL for PostgreSQL)
test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## bench: benchmarks in tests/perf (JSON, ratios against a baseline measured in the same run)
## (the search benchmark uses PostgreSQL: BENCH_DATABASE_URL, default the local server)
bench: install-test
	$(BIN)/python -m tests.perf.run

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache
