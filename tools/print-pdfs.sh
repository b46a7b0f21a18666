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
  # LibreOffice here has no Wingdings fonts and prints every Wingdings 3 arrow as the same stand-in
  # glyph, where Word would embed the font. The copies it prints carry those symbols as the Unicode
  # characters they stand for (the mapping in extraction-rules/symbol-fonts.yaml), so ▲ and ▼ survive.
  staging="$(mktemp -d)"
  for docx in "${documents[@]}"; do
    python3 - "$docx" "$staging/$(basename "$docx")" <<'PY'
import re, sys, zipfile
glyphs = {"F070": "\u25B2", "F071": "\u25BC", "70": "\u25B2", "71": "\u25BC"}
def text(m):
    code = m.group(2).upper().lstrip("0") or "0"
    code = code if code.startswith("F") else code
    return "<w:t>" + glyphs.get(code, glyphs.get(code.replace("F0", ""), "?")) + "</w:t>"
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            data = re.sub(r'<w:sym w:font="(Wingdings 3)" w:char="([0-9A-Fa-f]+)"\s*/>', text, data.decode("utf-8")).encode("utf-8")
        target.writestr(item, data)
PY
  done
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$dir" "$staging"/*.docx >/dev/null
  rm -rf "$staging"
  for docx in "${documents[@]}"; do
    pdf="${docx%.docx}.pdf"
    [ -s "$pdf" ] || { echo "LibreOffice wrote no PDF for $docx" >&2; exit 1; }
    echo "printed ${pdf#"$root"/}"
    count=$((count + 1))
  done
done < <(find "$corpus" -type d -print0 | sort -z)

echo "$count PDF(s) printed"
