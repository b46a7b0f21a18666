#!/usr/bin/env bash
# Saves a few corpus Word documents in the formats older reports come in, beside their .docx twins
# (same base name, so they share NAME.expected.csv and `ingest eval` scores them against it):
# Word 97-2003 .doc, plus one OpenDocument .odt and one RTF. The files are committed (reading them
# still goes through LibreOffice, as any .doc does). Run this after `make corpus` changes one of the
# documents below: the .doc and .rtf come out byte-identical each run, the .odt's zip does not, so
# commit that only when its .docx changed. Needs LibreOffice: apt-get install -y libreoffice-writer-nogui
#
#   tools/make-legacy-docs.sh [CORPUS_DIR]     (default: corpus/ of this repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/corpus}"

# document (relative to the corpus) and the LibreOffice export filter it is saved with
conversions=(
  "harrow/harrow-corporate-scorecard-q1-2023-24.docx|doc:MS Word 97"
  "havering/havering-os-board-performance-q1-2017-18.docx|doc:MS Word 97"
  "brent/brent-borough-plan-performance-q2-2023-24.docx|odt:writer8"
  "harrow/harrow-performance-morning-q3-2009-10.docx|rtf:Rich Text Format"
)

if ! command -v soffice >/dev/null; then
  echo "LibreOffice is needed to write the legacy documents: apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
fi

# A private profile: no first-start dialogs, no settings from whoever runs this, no lock clashes.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for conversion in "${conversions[@]}"; do
  docx="$corpus/${conversion%%|*}"
  filter="${conversion#*|}"
  extension="${filter%%:*}"
  target="${docx%.docx}.$extension"
  rm -f "$target"
  soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to "$filter" --outdir "$(dirname "$docx")" "$docx" >/dev/null 2>&1
  [ -s "$target" ] || { echo "LibreOffice wrote no .$extension for $docx" >&2; exit 1; }
  echo "wrote ${target#"$root"/}"
done
