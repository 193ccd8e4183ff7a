# Set-up and everyday commands. Everything installs into .venv; nothing else is needed
# beyond python3 (3.10+) with venv, and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= db/evidence.db
PORT ?= 8001
SHARED ?= ../shared

.PHONY: demo build test score bench bench-scale readme clean help

help:
	@echo "make demo   build $(DB) from the bundled papers and serve it with Datasette on port $(PORT)"
	@echo "make build  build $(DB) only"
	@echo "make test   run the test suite"
	@echo "make score  score extraction on the dev corpus (seeds and papers) in $(SHARED)/corpus (needs that folder)"
	@echo "make bench  print extraction, PDF, pooling, curation, PubMed streaming, data safety and long-text figures"
	@echo "make bench-scale  print the figures at scale: ingestion of $(SHARED)/corpus/unlabeled, PDF engines,"
	@echo "            Datasette on a synthetic 1M-result database (built in build/ the first time: ~15 min)"
	@echo "make readme rewrite the output shown in README.md by running its commands (tests/test_readme.py checks it)"
	@echo "make clean  remove .venv and $(DB)"

$(BIN)/evidence: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

build: $(BIN)/evidence
	$(BIN)/evidence --db $(DB) init
	$(BIN)/evidence --db $(DB) load data/curated/*.json
	$(BIN)/evidence --db $(DB) add data/papers/
	$(BIN)/evidence --db $(DB) stats

demo: build
	$(BIN)/evidence --db $(DB) serve --port $(PORT)

test: $(BIN)/evidence
	$(BIN)/pytest

score: $(BIN)/evidence
	@test -d $(SHARED)/corpus || { echo "make score: no dev corpus at $(SHARED)/corpus (set SHARED=...)"; exit 1; }
	@rm -rf build/predictions && mkdir -p build/predictions
	@$(BIN)/evidence extract --output-dir build/predictions $(SHARED)/corpus/seeds/*.txt $(SHARED)/corpus/papers/*.txt
	@$(BIN)/python $(SHARED)/tools/score_extraction.py --gold $(SHARED)/corpus/gold --pred-dir build/predictions \
		--report build/score.json

bench: $(BIN)/evidence
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_pdf.py
	$(BIN)/python bench/bench_pooling.py
	$(BIN)/python bench/bench_curation.py
	$(BIN)/python bench/bench_pubmed.py --sizes 1000,10000
	$(BIN)/python bench/bench_safety.py
	$(BIN)/python bench/bench_long_text.py --sizes 400000,1950000
	$(BIN)/python bench/bench_spaced_tables.py

bench-scale: $(BIN)/evidence
	@test -d $(SHARED)/corpus || { echo "make bench-scale: no corpus at $(SHARED)/corpus (set SHARED=...)"; exit 1; }
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_pdf_engines.py
	$(BIN)/python bench/bench_datasette.py build/synthetic-1m.db

readme: $(BIN)/evidence
	$(BIN)/python scripts/readme.py --update

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
