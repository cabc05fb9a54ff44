# The set-up commands of the README. Each installs what it needs into .venv first.
VENV ?= .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed
# The browser test drives Debian's Chromium (Playwright cannot download its own browser here).
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: test lint run demo console-screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## make test: the whole suite, on SQLite and on PostgreSQL (127.0.0.1:5432, database test)
test: $(STAMP) $(CHROMIUM)
	$(VENV)/bin/python -m pytest -q

$(CHROMIUM):
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

## make lint: ruff and mypy, as CI runs them
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## make run: the service (needs SKP_SECRET_KEY; see README)
run: $(STAMP)
	$(VENV)/bin/skp-bot run

## make demo: the real bot offline, with a web simulator of three phones (DEMO_ARGS="--profile greve")
demo: $(STAMP)
	$(VENV)/bin/skp-bot demo $(DEMO_ARGS)

## make console-screenshots: the README's pictures of the web console (docs/console/), from its browser test
console-screenshots: $(STAMP) $(CHROMIUM)
	SKP_CONSOLE_SCREENSHOTS=docs/console $(VENV)/bin/python -m pytest -q -p no:cacheprovider \
		tests/e2e/test_console_browser.py tests/e2e/test_console_figures_browser.py -k "sqlite and (screenshots or figures)"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis test-artifacts
