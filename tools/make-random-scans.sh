#!/usr/bin/env bash
# Scanned twins of a randomised sample's PDFs (unseen layouts for the OCR path): each page rendered at the plan's
# 150-300 dpi, turned by up to 1.5 degrees, in colour or grey, blurred a little and saved as a middling JPEG, as
# tools/make-scans.sh does for the corpus, then wrapped as an image-only PDF with the same NAME.expected.csv.
# The plan (CorpusBuilder random --scan writes it) fixes every choice per document, so a seed gives the same scans.
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
  cp "$pdfs/$name.expected.csv" "$out/"
  echo "make-random-scans: $out/$name.pdf ($dpi dpi, $colour, turned $turn deg)"
done
