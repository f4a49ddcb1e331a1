# Lagebild: `make run` analyses and ingests the bundled samples, then serves the web UI; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint typecheck unit eval-gate bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/lagebild kb validate  # validates the KB and writes its cache: later loads take ~25 ms
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

SAMPLES_DB ?= lagebild-samples.sqlite

run: $(STAMP)
	$(BIN)/lagebild analyze samples/*.txt --format text
	$(BIN)/lagebild ingest samples --db $(SAMPLES_DB) --quiet
	@echo "== claims in the corpus, with corroboration =="
	$(BIN)/lagebild claims --db $(SAMPLES_DB) --limit 20
	@echo "== dossier: Iran =="
	$(BIN)/lagebild entity country:IR --db $(SAMPLES_DB)
	@echo "== web UI and REST API on the samples: open the URL below; Ctrl+C stops =="
	$(BIN)/lagebild serve --db $(SAMPLES_DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

eval-gate: $(STAMP)
	$(BIN)/python scripts/eval_gate.py

test: lint typecheck unit eval-gate

# atheris: each target for FUZZ_SECONDS (corpora and crash inputs under fuzz/corpus, fuzz/out);
# `make test` runs both for a few seconds through tests/test_fuzz.py
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	mkdir -p fuzz/out
	$(BIN)/python fuzz/fuzz_readers.py -max_total_time=$(FUZZ_SECONDS) -timeout=60 -max_len=65536 \
		-artifact_prefix=fuzz/out/readers- fuzz/corpus/readers
	$(BIN)/python fuzz/fuzz_analyze.py -max_total_time=$(FUZZ_SECONDS) -timeout=60 -max_len=65536 \
		-dict=fuzz/analyze.dict -artifact_prefix=fuzz/out/analyze- fuzz/corpus/analyze

BENCH_DOCS ?= 1000
BENCH_INGEST_DOCS ?= 10000

bench: $(STAMP)
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_kb.py
	$(BIN)/python bench/bench_throughput.py --docs $(BENCH_DOCS) --ingest-docs $(BENCH_INGEST_DOCS)
	$(BIN)/python bench/bench_dask.py --docs $(BENCH_DOCS) --workers 1,2
	$(BIN)/python bench/bench_corpus.py
	$(BIN)/python bench/bench_web.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
