# Ingest: the two commands are `make run` and `make test`; everything they need is installed here.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CONFIG ?= Release
DB ?= scorecards.db
INGEST := dotnet src/Ingest.Cli/bin/$(CONFIG)/net10.0/ingest.dll
DOTNET_FLAGS := --nologo -c $(CONFIG)
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: all setup build test run eval corpus clean

all: build

# System tools the pipeline shells out to. Nothing is needed yet beyond the .NET SDK; later formats
# (PDF via mupdf-tools, OCR via tesseract) add their packages here.
setup:
	@command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }

build: setup
	dotnet build Ingest.sln $(DOTNET_FLAGS)

test: build
	dotnet test Ingest.sln $(DOTNET_FLAGS) --no-build

# On a fresh machine: install, build, ingest the corpus, print the summary and an example query.
run: build
	$(INGEST) run corpus --db $(DB)
	$(INGEST) query --db $(DB) "select council, period_label, count(*) as observations, sum(rag='red') as red, sum(rag='amber') as amber, sum(rag='green') as green from observation group by council, period_label order by min(period_start)"

eval: build
	$(INGEST) eval corpus

# Rebuild the committed corpus documents and expected CSVs from the seeds (deterministic).
corpus: setup
	dotnet run --project tools/CorpusBuilder -c $(CONFIG) -- corpus

clean:
	dotnet clean Ingest.sln $(DOTNET_FLAGS) >/dev/null
	rm -f $(DB) $(DB)-wal $(DB)-shm
