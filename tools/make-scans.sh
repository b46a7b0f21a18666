#!/usr/bin/env bash
# Builds corpus/scanned/: image-only PDFs that look like paper scans of corpus PDFs (turned a little,
# blurred, JPEG noise), each with a copy of its twin's NAME.expected.csv. Deterministic: fixed
# angles and noise seeds. Needs mutool (mupdf-tools) and ImageMagick.
# Usage: tools/make-scans.sh [corpus-dir]
set -euo pipefail

corpus="${1:-$(cd "$(dirname "$0")/.." && pwd)/corpus}"
out="$corpus/scanned"
dpi=300

# source PDF (relative to corpus/) | turn in degrees | noise seed
scans=(
  "havering/havering-os-board-performance-q2-2017-18.pdf|0.7|17"
  "brent/brent-borough-plan-performance-q2-2023-24.pdf|-0.6|23"
  "harrow/harrow-performance-morning-q3-2009-10.pdf|0.9|9"
)

for tool in mutool convert; do
  command -v "$tool" >/dev/null || { echo "make-scans: $tool not found (Debian: mupdf-tools, imagemagick)" >&2; exit 1; }
done

mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for entry in "${scans[@]}"; do
  IFS='|' read -r source angle seed <<<"$entry"
  name="$(basename "$source" .pdf)"
  rm -f "$work"/*
  mutool draw -q -r "$dpi" -c rgb -o "$work/page-%03d.png" "$corpus/$source" 2>/dev/null
  for page in "$work"/page-*.png; do
    size="$(identify -format '%wx%h' "$page")"
    # Turned, slightly out of focus, a little grain, then saved as a middling JPEG: a desk scanner.
    convert "$page" -seed "$seed" -background white -rotate "$angle" -gravity center -extent "$size" \
      -blur 0x0.7 -attenuate 0.25 +noise Gaussian -quality 75 -strip -density "$dpi" -units PixelsPerInch \
      "${page%.png}.jpg"
  done
  # mutool wraps each JPEG as it is (no recompression) in a page of its printed size.
  mutool convert -o "$work/$name.pdf" "$work"/page-*.jpg 2>/dev/null
  cp "$work/$name.pdf" "$out/$name.pdf"
  cp "$corpus/$(dirname "$source")/$name.expected.csv" "$out/$name.expected.csv"
  echo "make-scans: $out/$name.pdf ($(ls "$work"/page-*.jpg | wc -l) pages, turned $angle deg)"
done
