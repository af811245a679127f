#!/usr/bin/env bash
# Renders every kind of workbook maturity writes to PNG pages, as a person would see them
# printed: the scorecard (English, Welsh, with a sector benchmark), the sector workbook
# (named and anonymised), and the questionnaire (English, Welsh). LibreOffice converts
# each to PDF, pdftoppm makes one PNG a page. Look at them before calling a report done.
#   bash scripts/render-workbooks.sh [MATURITY] [OUTPUT_FOLDER]
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm): the test set-up installs both.
set -euo pipefail
cd "$(dirname "$0")/.."
maturity=$(realpath "${1:-build/cli/maturity}")
out=${2:-out/render}
rm -rf "$out"
mkdir -p "$out"
framework=frameworks/social-partnership.yaml
college=examples/college-self-assessment/coleg-y-bryn.yaml
sector=examples/regulator-sector-comparison/responses

"$maturity" sector -q -f $framework $sector --group-by sector,staff -o "$out/sector.xlsx" \
  --benchmark-out "$out/benchmark.json" 2>/dev/null
"$maturity" sector -q -f $framework $sector --group-by sector --anonymise -o "$out/sector-anonymised.xlsx" 2>/dev/null
"$maturity" score -q -f $framework $college -o "$out/scorecard.xlsx"
"$maturity" score -q -f $framework $college --lang cy -o "$out/cerdyn-sgorio.xlsx"
"$maturity" score -q -f $framework $college --benchmark "$out/benchmark.json" \
  -o "$out/scorecard-benchmark.xlsx"
"$maturity" template -f $framework --format xlsx -o "$out/questionnaire.xlsx" >/dev/null
"$maturity" template -f $framework --format xlsx --lang cy -o "$out/holiadur.xlsx" >/dev/null

# LibreOffice needs a writable home; keep its profile inside the output folder.
export HOME="$PWD/$out/.home"
mkdir -p "$HOME"
for workbook in "$out"/*.xlsx; do
  name=$(basename "$workbook" .xlsx)
  timeout 300 soffice --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null 2>&1
  pdftoppm -png -r 70 "$out/$name.pdf" "$out/$name"
  echo "$name: $(ls "$out/$name"-[0-9]*.png | wc -l) page(s)"
done
