#!/usr/bin/env bash
# Scanned twins of a randomised sample's PDFs (unseen layouts for the OCR path): each page rendered at the plan's
# 150-300 dpi, turned by up to 1.5 degrees, in colour or grey, blurred a little and saved as a middling JPEG, as
# tools/make-scans.sh does for the corpus, then wrapped as an image-only PDF with the same NAME.expected.csv.
# The plan (CorpusBuilder random --scan writes it) fixes every choice per document, so a seed gives the same scans.
# A greyscale scan's gold leaves out the ratings its PDF showed only by colour (see below); needs python3.
#
#   tools/make-random-scans.sh PDF_DIR SCAN_PLAN OUT_DIR
set -euo pipefail

pdfs="$1" plan="$2" out="$3"
for tool in mutool convert; do
  command -v "$tool" >/dev/null || { echo "make-random-scans: $tool not found (Debian: mupdf-tools, imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$pdfs/manifest.csv" "$out/" 2>/dev/null || true

tail -n +2 "$plan" | while IFS=, read -r path dpi turn colour noise; do
  name="$(basename "$path" .docx)"
  [ -f "$pdfs/$name.pdf" ] || { echo "make-random-scans: no $pdfs/$name.pdf" >&2; exit 1; }
  rm -f "$work"/*
  mutool draw -q -r "$dpi" -c "$colour" -o "$work/page-%03d.png" "$pdfs/$name.pdf" 2>/dev/null
  for page in "$work"/page-*.png; do
    size="$(identify -format '%wx%h' "$page")"
    convert "$page" -seed "$noise" -background white -rotate "$turn" -gravity center -extent "$size" \
      -blur 0x0.6 -attenuate 0.25 +noise Gaussian -quality 75 -strip -density "$dpi" -units PixelsPerInch \
      "${page%.png}.jpg"
  done
  mutool convert -o "$out/$name.pdf" "$work"/page-*.jpg 2>/dev/null
  if [ "$colour" = gray ]; then
    # A rating shown only by colour (a fill, a coloured bullet or icon: the gold's rag_source "colour") is gone once
    # the page is scanned in grey: red, green and amber are three greys, and these documents print no key of
    # swatches to tell them by, only the words of the RAG rule. Nothing on the page says which grey is which, so
    # the scan's gold does not ask for them; a rating printed as a word or letter (rag_source "text") stays.
    python3 - "$pdfs/$name.expected.csv" "$out/$name.expected.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as source:
    reader = csv.DictReader(source)
    rows = list(reader)
    fields = reader.fieldnames
for row in rows:
    if row["rag_source"] == "colour":
        row["rag"] = row["rag_source"] = ""
with open(sys.argv[2], "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
PY
  else
    cp "$pdfs/$name.expected.csv" "$out/"
  fi
  echo "make-random-scans: $out/$name.pdf ($dpi dpi, $colour, turned $turn deg)"
done
