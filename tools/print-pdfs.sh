#!/usr/bin/env bash
# Prints every corpus/**/*.docx to a PDF beside it (same base name, so the PDF shares the Word
# file's NAME.expected.csv), with LibreOffice headless: the PDF twins the PDF reader is measured on.
# The PDFs are committed, so tests never need LibreOffice; run this after `make corpus` changes a
# document. Needs LibreOffice: apt-get install -y libreoffice-writer-nogui
#
#   tools/print-pdfs.sh [CORPUS_DIR]     (default: corpus/ of this repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/corpus}"

if ! command -v soffice >/dev/null; then
  echo "LibreOffice is needed to print the corpus: apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
fi

# A private profile: no first-start dialogs, no settings from whoever runs this, no lock clashes.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

count=0
while IFS= read -r -d '' dir; do
  mapfile -d '' documents < <(find "$dir" -maxdepth 1 -name '*.docx' -print0 | sort -z)
  [ "${#documents[@]}" -eq 0 ] && continue
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$dir" "${documents[@]}" >/dev/null
  for docx in "${documents[@]}"; do
    pdf="${docx%.docx}.pdf"
    [ -s "$pdf" ] || { echo "LibreOffice wrote no PDF for $docx" >&2; exit 1; }
    echo "printed ${pdf#"$root"/}"
    count=$((count + 1))
  done
done < <(find "$corpus" -type d -print0 | sort -z)

echo "$count PDF(s) printed"
