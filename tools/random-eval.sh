#!/usr/bin/env bash
# The randomised sample, end to end: COUNT scorecards from SEED (Word documents with their gold files and
# manifest), printed to PDF by LibreOffice, optionally scanned, then `ingest eval` on each format separately.
# Nothing here is committed. Needs LibreOffice (and mutool + ImageMagick for --scan).
#
#   tools/random-eval.sh OUT SEED COUNT [--scan]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1" seed="$2" count="$3" scan="${4:-}"
config="${CONFIG:-Release}"
ingest=(dotnet "$root/src/Ingest.Cli/bin/$config/net10.0/ingest.dll")

rm -rf "$out"
dotnet run --project "$root/tools/CorpusBuilder" -c "$config" --no-build -- random "$out/docx" --count "$count" --seed "$seed" ${scan:+--scan}
"$root/tools/print-pdfs.sh" "$out/docx" >/dev/null
mkdir -p "$out/pdf"
mv "$out"/docx/*.pdf "$out/pdf/"
cp "$out"/docx/*.expected.csv "$out/docx/manifest.csv" "$out/pdf/"
formats=(docx pdf)
if [ -n "$scan" ]; then
  "$root/tools/make-random-scans.sh" "$out/pdf" "$out/docx/scan-plan.csv" "$out/scan"
  formats+=(scan)
fi

status=0
for format in "${formats[@]}"; do
  echo "== $format: ${ingest[*]} eval $out/$format --min-f1 0.98"
  "${ingest[@]}" eval "$out/$format" --min-f1 0.98 || status=1
done
exit $status
