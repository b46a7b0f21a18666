# Ingest: the two commands are `make run` and `make test`; everything they need is installed here.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CONFIG ?= Release
DB ?= scorecards.db
INGEST := dotnet src/Ingest.Cli/bin/$(CONFIG)/net10.0/ingest.dll
DOTNET_FLAGS := --nologo -c $(CONFIG)
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: all setup setup-full build test run eval corpus backfill-bench train-linker linker-eval linker-eval-docs random-fonts random-eval clean

all: build

# System tools the pipeline shells out to, as Debian packages. Nothing is required: Word, Excel, HTML and
# digital PDFs are read in process (PdfPig), so `make test` and `make run` work without any of them.
# `make setup-full` installs the optional ones where it can (as root, as in CI): MuPDF's mutool (the
# fallback engine for PDFs PdfPig rejects, and the renderer of scanned pages for OCR and of pages for the
# explorer), Tesseract for scans, LibreOffice for legacy .doc/.rtf/.odt and for printing the corpus to PDF,
# Chromium for the explorer's browser tests, PostgreSQL for the tests of the PostgreSQL store and work
# queue (they start their own throwaway server).
SYSTEM_PACKAGES :=
OPTIONAL_PACKAGES := mupdf-tools:mutool libreoffice-writer-nogui:soffice tesseract-ocr:tesseract chromium:chromium postgresql:pg_ctl
# $(2) = optional: where they cannot be installed (not root), say so and go on; the tests that need
# them are skipped with that reason rather than the whole suite refusing to run.
# Debian keeps PostgreSQL's pg_ctl and initdb in /usr/lib/postgresql/VERSION/bin, off the PATH, so a tool is
# also looked for there (the tests that start a throwaway server find them the same way).
define install_missing
	@missing=""; for entry in $(1); do pkg=$${entry%%:*}; tool=$${entry##*:}; \
	  command -v $$tool >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/$$tool >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  elif [ "$(2)" = optional ]; then echo "optional system packages missing:$$missing (the tests that need them are skipped; install them with: sudo apt-get install$$missing)"; \
	  else echo "missing system packages:$$missing (install them with: sudo apt-get install$$missing)"; exit 1; fi; \
	fi
endef

setup:
	@command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }
	$(call install_missing,$(SYSTEM_PACKAGES))

# tesseract-ocr-eng is checked through tesseract only because Debian's tesseract-ocr depends on it.
setup-full: setup
	$(call install_missing,$(OPTIONAL_PACKAGES) tesseract-ocr-eng:tesseract,optional)

build: setup
	dotnet build Ingest.sln $(DOTNET_FLAGS)

# The tests of the legacy .doc and OCR readers run the real LibreOffice and Tesseract, so the suite
# installs them first (CI runs as root); without them those tests are skipped, saying why.
test: setup-full build
	dotnet test Ingest.sln $(DOTNET_FLAGS) --no-build

# On a fresh machine: install, build, ingest the corpus, print the summary and an example query.
# corpus/pdf-hard holds table-extraction fixtures (no council, not reports), so it is not ingested; nor are the
# reader regression cases of the randomised layouts (corpus/random: invented indicators under hundreds of real councils'
# names; corpus/kent-real: invented figures in the real report's layout), which would crowd the example dataset.
# The corpus has .doc, .odt and .rtf twins, read through LibreOffice: hence setup-full.
RUN_INPUT := $(filter-out corpus/pdf-hard/ corpus/bad/ corpus/backfill/ corpus/random/ corpus/kent-real/,$(sort $(wildcard corpus/*/)))
run: setup-full build
	@# Exit 1 means some documents failed, each with its reason above (a missing optional tool names its
	@# package); the rest are loaded, so the summary query still runs.
	$(INGEST) run $(RUN_INPUT) --db $(DB) || [ $$? -eq 1 ]
	$(INGEST) query --db $(DB) "select council, period_label, count(*) as observations, sum(rag='red') as red, sum(rag='amber') as amber, sum(rag='green') as green from observation group by council, period_label order by min(period_start)"
	@echo "explore the dataset in a browser: $(INGEST) serve --db $(DB)   (then open http://127.0.0.1:8080/)"

eval: build
	$(INGEST) eval corpus

# Rebuild the committed corpus documents and expected CSVs from the seeds (deterministic).
corpus: setup
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) -- corpus

# The backfill benchmark: a 1,000-document synthetic backfill (not committed), then `ingest run` end to end on 1 and 2 workers.
BACKFILL ?= out/backfill
backfill-bench: build
	rm -rf $(BACKFILL)
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) -- backfill $(BACKFILL) --count 1000
	$(INGEST) bench --backfill $(BACKFILL) --workers 1,2

# The indicator linker's model (extraction-rules/models/indicator-linker.zip), retrained from the catalogue
# and its aliases with a fixed seed on one thread: the same catalogue gives the same file.
train-linker: build
	$(INGEST) indicators train-linker --rules extraction-rules

# Held-out rewordings and an unseen council's names through the matcher: precision, recall, provisional
# share. A fresh seed each run unless SEED is given; the test suite holds the bars on a fixed one.
SEED ?= $(shell date +%s)
linker-eval: build
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) --no-build -- linker-eval --seed $$(( $(SEED) % 100000 ))

# The layout randomiser: COUNT scorecards from SEED (fonts with ligatures, wrapped headers, rules, RAG and
# arrow styles, keys, KPI boxes), printed to PDF, then `ingest eval` on the Word and the PDF twins separately
# (SCAN=1 adds scanned twins). Not committed: out/random-SEED. The fonts are Debian packages, installed as root.
COUNT ?= 60
RANDOM_FONTS := fonts-crosextra-carlito:Carlito fonts-liberation2:Liberation\ Sans fonts-linuxlibertine:Linux\ Libertine\ O fonts-dejavu-core:DejaVu\ Serif
random-fonts:
	@missing=""; for entry in $(RANDOM_FONTS); do fc-list : family | grep -qx "$${entry#*:}" || missing="$$missing $${entry%%:*}"; done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	elif [ -n "$$missing" ]; then echo "fonts missing:$$missing (LibreOffice substitutes others; install them with: sudo apt-get install$$missing)"; fi

random-eval: build random-fonts
	$(if $(SCAN),$(call install_missing,imagemagick:identify mupdf-tools:mutool,optional))
	tools/random-eval.sh out/random-$(SEED) $$(( $(SEED) % 100000 )) $(COUNT) $(if $(SCAN),--scan,)

# The document-level held-out set: the corpus's Word, Excel and HTML scorecards with every indicator name
# reworded, and one moved to a council the corpus has not seen, loaded by `ingest run` into a fresh database;
# then which key each printed name got. Not committed; a fresh seed each run unless SEED is given.
HELD_OUT ?= /tmp/ingest-held-out
linker-eval-docs: build
	rm -rf $(HELD_OUT)
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) --no-build -- held-out $(HELD_OUT) --seed $$(( $(SEED) % 100000 ))
	$(INGEST) run $(HELD_OUT)/reworded --db $(HELD_OUT)/held-out.db >/dev/null
	$(INGEST) run $(HELD_OUT)/unseen --council barnet --db $(HELD_OUT)/held-out.db >/dev/null
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) --no-build -- held-out-score $(HELD_OUT) $(HELD_OUT)/held-out.db

clean:
	dotnet clean Ingest.sln $(DOTNET_FLAGS) >/dev/null
	rm -f $(DB) $(DB)-wal $(DB)-shm
