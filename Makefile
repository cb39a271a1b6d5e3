# agendapack: `make` parses every pack in $(PACKS) into $(OUT)/<pack>/pack.json, re-parsing only
# packs that are new or changed (or when the parser itself changed). `make test` runs the tests.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PACKS  ?= samples
OUT    ?= out
JOBS   ?= 1

PDFS      := $(wildcard $(PACKS)/*.pdf)
PACK_JSON := $(patsubst $(PACKS)/%.pdf,$(OUT)/%/pack.json,$(PDFS))
CODE      := $(wildcard pipeline/*.py extractors/*.py)
INSTALLED := $(VENV)/.installed

# one bad pack must not stop the others: keep going, fail at the end
MAKEFLAGS += --keep-going

.PHONY: all install test eval bench bench-tables schema samples clean distclean help
.DELETE_ON_ERROR:

all: $(PACK_JSON)
	@echo "$(words $(PACK_JSON)) pack(s) up to date in $(OUT)/"

help:
	@echo "make              set up $(VENV) and parse $(PACKS)/*.pdf into $(OUT)/ (PACKS=dir to override)"
	@echo "make test         run the test suite (needs ../shared/corpus)"
	@echo "make eval         accuracy against the gold records in tests/gold/"
	@echo "make bench        timings (parsing speed, --jobs scaling)"
	@echo "make schema       regenerate schema/pack.schema.json"
	@echo "make samples      regenerate the sample packs in samples/"
	@echo "make clean        remove $(OUT)/"

$(INSTALLED): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

install: $(INSTALLED)

$(OUT)/%/pack.json: $(PACKS)/%.pdf $(CODE) $(INSTALLED)
	$(BIN)/agendapack parse --quiet --jobs $(JOBS) -o $(OUT) "$<"

test: $(INSTALLED)
	$(BIN)/python -m pytest

eval: $(INSTALLED)
	$(BIN)/python -m pipeline.evaluate

bench: $(INSTALLED)
	$(BIN)/python scripts/bench.py

bench-tables: $(INSTALLED)
	$(BIN)/python scripts/bench_tables.py

schema: $(INSTALLED)
	$(BIN)/agendapack schema -o schema/pack.schema.json

samples: $(INSTALLED)
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(OUT)

distclean: clean
	rm -rf $(VENV)
