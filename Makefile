# agendapack: `make` parses every pack in or below $(PACKS) into $(OUT)/<pack>-<hash>/pack.json with
# one `agendapack parse --recursive` over all of them: --jobs $(JOBS) processes (default: one per CPU) share the packs,
# or a Dask cluster does (DASK=tcp://host:8786). Packs whose bytes were parsed before by the same code come from the
# content-hash cache ($(CACHE), beside $(OUT) so that $(OUT) holds only what is published), whatever their
# name; when no pack, no code and no output changed, make starts nothing at all. `make test` runs the tests.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PACKS  ?= samples
OUT    ?= out
JOBS   ?= $(shell nproc 2>/dev/null || echo 1)
DASK   ?=

# the content-hash cache and make's own records of the packs: beside $(OUT), not in it
CACHE     ?= $(or $(AGENDAPACK_CACHE_DIR),$(dir $(abspath $(OUT))).agendapack-cache)
# every command make runs (parse, diff, publish) finds the same cache
export AGENDAPACK_CACHE_DIR := $(CACHE)
# every PDF in or below $(PACKS) (any case of .pdf, hidden folders skipped), with its size and
# time, one a line: the CLI finds the files itself, so a name may hold spaces; this list is only
# rewritten when it changes, and the parse runs when it does
MANIFEST  := $(CACHE)/$(notdir $(abspath $(OUT))).packs
CODE      := $(shell find agendapack pipeline extractors -name "*.py")
INSTALLED := $(VENV)/.installed
# the two versions of the sample improvement plan: the default run also diffs them into
# $(OUT)/$(PLAN_DIFF)/ (when PACKS holds them)
PLAN_DIFF := plan-diff
PLAN_V1   := $(wildcard $(PACKS)/eastbrook_children-committee_2025-07-15_pack.pdf)
PLAN_V2   := $(wildcard $(PACKS)/eastbrook_improvement-plan_v2_2025-10.pdf)
PLAN_DIFF_JSON := $(if $(and $(PLAN_V1),$(PLAN_V2)),$(OUT)/$(PLAN_DIFF)/diff.json)
# the two versions of the sample capital programme (a wide sheet printed in halves), diffed
# likewise into $(OUT)/$(PROGRAMME_DIFF)/
PROGRAMME_DIFF := programme-diff
PROGRAMME_V1   := $(wildcard $(PACKS)/eastbrook_capital-programme_v1_2025-02.pdf)
PROGRAMME_V2   := $(wildcard $(PACKS)/eastbrook_capital-programme_v2_2025-03.pdf)
PROGRAMME_DIFF_JSON := $(if $(and $(PROGRAMME_V1),$(PROGRAMME_V2)),$(OUT)/$(PROGRAMME_DIFF)/diff.json)
SAMPLE_DIFFS := $(PLAN_DIFF_JSON) $(PROGRAMME_DIFF_JSON)
# `make diff`'s folder
DIFF_OUT  ?= $(OUT)/diff
# the last run that parsed every pack without an error
STAMP     := $(CACHE)/$(notdir $(abspath $(OUT))).parsed
# a pack added, renamed, removed or changed changes $(MANIFEST); an output deleted changes the
# mtime of $(OUT) or of its pack's folder: either makes the run happen though the list is the same
# (the diffs' folders are outputs of their own, not packs')
FOLDERS   := $(filter-out $(OUT)/$(PLAN_DIFF)/ $(OUT)/$(PROGRAMME_DIFF)/ $(DIFF_OUT)/,$(wildcard $(OUT) $(OUT)/*/))
TEMPLATES := $(wildcard templates/*.j2)


# one bad pack must not stop the others: keep going, fail at the end
MAKEFLAGS += --keep-going

.PHONY: all install test fuzz lint eval bench bench-tables publish site schema samples diff clean distclean help FORCE
.DELETE_ON_ERROR:

all: $(STAMP) $(SAMPLE_DIFFS)
	@echo "$$(wc -l < "$(MANIFEST)") pack(s) up to date in $(OUT)/"

help:
	@echo "make              set up $(VENV) and parse every PDF in or below $(PACKS)/ into $(OUT)/ (PACKS=dir to override)"
	@echo "                  JOBS=N: N processes at work (default: one per CPU); DASK=tcp://host:8786: a Dask cluster"
	@echo "make diff OLD=a.pdf NEW=b.pdf   what changed between two versions of a plan (PDFs or pack.json), into DIFF_OUT"
	@echo "make test         run the test suite (needs ../shared/corpus)"
	@echo "make fuzz         property tests and PDF mutation fuzzing with a big budget (5,000 examples a test, 500 mutants)"
	@echo "make lint         ruff and mypy (mypy reads the package through build/typecheck, a view of it under one name)"
	@echo "make eval         accuracy against the gold records in tests/gold/"
	@echo "make publish      parse, then every record in $(OUT)/ into one SQLite database, $(OUT)/council.db (Datasette-ready)"
	@echo "make site         parse, then a static website of $(OUT)/ (meetings, plans, members, diffs) into $(SITE)/"
	@echo "make bench        speed: full parse vs pdftotext, --jobs scaling, peak memory (out/bench.json)"
	@echo "make schema       regenerate schema/pack.schema.json and schema/diff.schema.json"
	@echo "make samples      regenerate the sample packs in samples/"
	@echo "make clean        remove $(OUT)/ and the content-hash cache $(CACHE)/"

$(INSTALLED): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,cluster,datasette]"
	@touch $@

install: $(INSTALLED)

# one run over every pack (a bad pack is reported and the others are still parsed; make fails at
# the end); packs already in the cache are not parsed again
$(MANIFEST): FORCE
	@mkdir -p "$(CACHE)"
	@find -L "$(PACKS)" -mindepth 1 \( -type d -name '.*' -prune \) -o \( -type f -iname '*.pdf' -printf '%p\t%s\t%T@\n' \) \
		| LC_ALL=C sort > "$@.tmp"; \
	if cmp -s "$@.tmp" "$@"; then rm -f "$@.tmp"; else mv "$@.tmp" "$@"; fi

$(STAMP): $(MANIFEST) $(FOLDERS) $(CODE) $(INSTALLED)
	$(BIN)/agendapack parse --recursive --jobs $(JOBS)$(if $(DASK), --dask-scheduler $(DASK)) --cache-dir "$(CACHE)" -o "$(OUT)" "$(PACKS)"
	@# the sample diffs' folders made before the stamp: making them later would change $(OUT)'s mtime
	@$(if $(PLAN_DIFF_JSON),mkdir -p $(OUT)/$(PLAN_DIFF),true)
	@$(if $(PROGRAMME_DIFF_JSON),mkdir -p $(OUT)/$(PROGRAMME_DIFF),true)
	@touch $@

# a sample's two versions ($(1), $(2)) compared into the folder of the target, once both are
# parsed (their records come from the cache); looking in the cache probes $(OUT), which must keep
# the time the parse left it
sample_diff = if [ $(OUT) -nt $(STAMP) ]; then kept=0; else kept=1; fi; \
	$(BIN)/agendapack diff -q --parse-out $(OUT) -o $(@D) $(1) $(2) && \
	if [ $$kept = 1 ]; then touch -r $(STAMP) $(OUT); fi && touch $@

$(OUT)/$(PLAN_DIFF)/diff.json: $(STAMP) $(TEMPLATES)
	@$(call sample_diff,$(PLAN_V1),$(PLAN_V2))

# after the plan's diff, not beside it: each puts back the time of $(OUT) it found
$(OUT)/$(PROGRAMME_DIFF)/diff.json: $(STAMP) $(TEMPLATES) | $(PLAN_DIFF_JSON)
	@$(call sample_diff,$(PROGRAMME_V1),$(PROGRAMME_V2))

# any two versions: make diff OLD=v1.pdf NEW=v2.pdf [DIFF_OUT=folder]
diff: $(INSTALLED)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make diff OLD=old.pdf NEW=new.pdf [DIFF_OUT=folder]"; exit 2; }
	@if [ -e $(STAMP) ] && ! [ $(OUT) -nt $(STAMP) ]; then kept=1; else kept=0; fi; \
	$(BIN)/agendapack diff --parse-out $(OUT) -o $(DIFF_OUT) "$(OLD)" "$(NEW)"; rc=$$?; \
	if [ $$kept = 1 ]; then touch -r $(STAMP) $(OUT); fi; exit $$rc

FORCE:

test: $(INSTALLED)
	$(BIN)/python -m pytest

# the fuzz tests `make test` runs on a small fixed budget, run long (FUZZ_SEED=n: other mutants)
fuzz: $(INSTALLED)
	HYPOTHESIS_PROFILE=fuzz FUZZ_MUTANTS=500 $(BIN)/python -m pytest tests/test_fuzz_text.py tests/test_fuzz_pdf.py -q

# mypy finds modules by folder, not through the install's package-dir mapping, so it reads a view
# of the package as installed: agendapack/ with pipeline/ and extractors/ linked into it
TYPECHECK := build/typecheck
lint: $(INSTALLED)
	$(BIN)/python -m ruff check .
	@rm -rf $(TYPECHECK) && mkdir -p $(TYPECHECK)/agendapack
	@for f in agendapack/*; do ln -s "$$PWD/$$f" $(TYPECHECK)/agendapack/; done
	@ln -s "$$PWD/pipeline" "$$PWD/extractors" $(TYPECHECK)/agendapack/ && ln -s "$$PWD/evaluation" $(TYPECHECK)/
	cd $(TYPECHECK) && $(CURDIR)/$(BIN)/python -m mypy --config-file $(CURDIR)/pyproject.toml -p agendapack -p evaluation

eval: $(INSTALLED)
	$(BIN)/python -m evaluation

# the database sits in $(OUT) but is not a parse output: writing it must not make the next `make`
# run the parse again, so $(OUT) keeps the time the parse left it when the parse was up to date
publish: $(STAMP) $(SAMPLE_DIFFS)
	@if [ $(OUT) -nt $(STAMP) ]; then kept=0; else kept=1; fi; \
	$(BIN)/agendapack publish $(OUT) --db $(OUT)/council.db --pdfs $(PACKS) && \
	if [ $$kept = 1 ]; then touch -r $(STAMP) $(OUT); fi

# the static site of every record in $(OUT) (and $(OUT)/council.db when `make publish` has run);
# the PDFs of $(PACKS) are copied in for the #page=N links. Writes to $(SITE)/ only, never to $(OUT)
SITE ?= site
site: $(STAMP) $(SAMPLE_DIFFS)
	$(BIN)/agendapack site $(OUT) -o $(SITE) --pdfs $(PACKS)

bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.run $(BENCH)

bench-tables: $(INSTALLED)
	$(BIN)/python -m benchmarks.tables

schema: $(INSTALLED)
	$(BIN)/agendapack schema -o schema/pack.schema.json
	$(BIN)/agendapack schema --diff -o schema/diff.schema.json

samples: $(INSTALLED)
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(OUT) "$(CACHE)"

distclean: clean
	rm -rf $(VENV)
