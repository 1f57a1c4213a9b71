# Two commands from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast test-browser install install-test migrate demo chromium bench check-deploy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Debian's chromium for the browser tests (never a Playwright browser download).
chromium:
	@test -x /usr/bin/chromium || { echo "Installing Debian chromium for browser tests"; \
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

# The whole suite: unit, integration and browser tests.
test: install-test chromium
	$(BIN)/python -m pytest -m "" $(PYTEST_ARGS)

test-fast: install-test
	$(BIN)/python -m pytest -m "not browser" $(PYTEST_ARGS)

test-browser: install-test chromium
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

bench: install-test
	$(BIN)/python manage.py bench

check-deploy: install
	ASCDASH_ENV=production SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))') \
		ALLOWED_HOSTS=ascdash.example.org $(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
