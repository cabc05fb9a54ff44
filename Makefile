# The two set-up commands of the README. Each installs what it needs into .venv first.
VENV ?= .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: test lint run clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## make test: the whole suite, on SQLite and on PostgreSQL (127.0.0.1:5432, database test)
test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

## make lint: ruff and mypy, as CI runs them
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## make run: the service (needs SKP_SECRET_KEY; see README)
run: $(STAMP)
	$(VENV)/bin/skp-bot run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
