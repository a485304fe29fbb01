# Two commands on a fresh machine: `make serve` and `make test`. Everything else is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install check build serve offline test lint bench lighthouse lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)  ## create .venv with the pinned dependencies

check: install  ## validate data/ only
	$(BIN)/casearchive check

build: install  ## check, generate pages and build site/
	$(BIN)/casearchive build

serve: install  ## build and serve at http://127.0.0.1:8000
	$(BIN)/casearchive serve

offline: install  ## build dist/iran-case-archive-offline.zip: the site to open from disk, with a manifest
	$(BIN)/casearchive offline

lint: install
	$(BIN)/ruff check scripts tests
	$(BIN)/mypy

test: install lint  ## everything CI runs
	$(BIN)/casearchive schema --check
	$(BIN)/casearchive fmt --check
	$(BIN)/python -m pytest

N ?= 2000 20000
bench: install  ## speed and size report into bench/ (make bench N="2000 20000" BENCH="--offline-sizes 2000 --serve-edits 8"; python -m casearchive.bench --help)
	$(BIN)/python -m casearchive.bench --sizes $(N) $(BENCH)

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund
	touch $@

lighthouse: build bench/node_modules/.installed  ## Lighthouse scores of 12 pages of site/ into bench/lighthouse.md (see README)
	$(BIN)/python -m casearchive.bench.lighthouse

lock:  ## refresh requirements.lock from a fresh resolve of pyproject.toml
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install -q -e '.[dev]'
	.lockenv/bin/pip freeze --all --exclude-editable | grep -v -E '^(pip|casearchive)==' > requirements.lock
	rm -rf .lockenv

clean:
	rm -rf $(VENV) site .site.new .site.new-* .site.old docs/archive dist .offline.new bench/out bench/node_modules
