# Set-up and everyday commands. Everything installs into .venv; nothing else is needed
# beyond python3 (3.10+) with venv, and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= db/evidence.db
PORT ?= 8001
SHARED ?= ../shared

.PHONY: demo build test score clean help

help:
	@echo "make demo   build $(DB) from the bundled papers and serve it with Datasette on port $(PORT)"
	@echo "make build  build $(DB) only"
	@echo "make test   run the test suite"
	@echo "make clean  remove .venv and $(DB)"

$(BIN)/evidence: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

build: $(BIN)/evidence
	$(BIN)/evidence --db $(DB) init
	$(BIN)/evidence --db $(DB) load data/curated/*.json
	$(BIN)/evidence --db $(DB) stats

demo: build
	$(BIN)/evidence --db $(DB) serve --port $(PORT)

test: $(BIN)/evidence
	$(BIN)/pytest

clean:
	rm -rf $(VENV) $(DB)
