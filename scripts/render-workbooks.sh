#!/usr/bin/env bash
# Renders every kind of workbook maturity writes to PNG pages, as a person would see them
# printed: the scorecard (English, Welsh, with a sector benchmark, beside last year), the
# sector workbook (named and anonymised), and the questionnaire (English, Welsh, started
# from last year). LibreOffice converts
# each to PDF, pdftoppm makes one PNG a page. Look at them before calling a report done.
#   bash scripts/render-workbooks.sh [MATURITY] [OUTPUT_FOLDER]
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm): the test set-up installs both.
set -euo pipefail
cd "$(dirname "$0")/.."
maturity=$(realpath "${1:-build/cli/maturity}")
out=${2:-out/render}
rm -rf "$out"
mkdir -p "$out"
out=$(realpath "$out")  # Absolute: HOME below must not land inside the source tree.
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
# The annual cycle: this year beside last (Progress sheet, agreed actions, statement), and
# next year's questionnaire started from this year's response.
last=examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml
this=examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml
"$maturity" score -q -f $framework $this --previous $last -o "$out/annual-cycle.xlsx"
"$maturity" score -q -f $framework $this --previous $last --lang cy -o "$out/cylch-blynyddol.xlsx"
"$maturity" template -f $framework --format xlsx --from $this --period 2026-27 --with-answers \
  -o "$out/questionnaire-next-year.xlsx" >/dev/null

# LibreOffice needs a writable home; keep its profile inside the output folder.
export HOME="$out/.home"
mkdir -p "$HOME"
for workbook in "$out"/*.xlsx; do
  name=$(basename "$workbook" .xlsx)
  timeout 300 soffice --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null 2>&1
  pdftoppm -png -r 70 "$out/$name.pdf" "$out/$name"
  pages=$(ls "$out/$name"-[0-9]*.png | wc -l)
  if [ "$pages" = 1 ]; then echo "$name: 1 page"; else echo "$name: $pages pages"; fi
done

# The blank questionnaire, printed: no question parted from its answers by a page break
# (each page holds as many headings, "Title (Kind)", as "Notes" rows), and no more pages than
# when its row heights were measured (27 and 30 pages before, with descriptors measured as
# 11-point type). Pages are filled as Excel prints them (Calibri; LibreOffice with Carlito
# alike, in columns 6% wider); LibreOffice drawing Calibri's text in a wider font prints
# smaller, with room left. Since the dimension sheets were narrowed (id 16 wrapped, question
# 112, answers 15; 10-point descriptors) the pages stay 26 and 27, at a scale of 0.66 in
# Excel, 0.61 in LibreOffice with Carlito (0.63 and 0.59 before, 9-point descriptors): the
# descriptors print at 6.1 points there, not 5.3.
check_questionnaire() {  # PDF, NOTES LABEL, KIND LABELS (a regular expression), MOST PAGES
  local pdf=$1 notes=$2 kinds=$3 most=$4 pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  if [ "$pages" -gt "$most" ]; then
    echo "$(basename "$pdf"): FAILED: $pages pages, more than $most"
  fi
  for ((page = 1; page <= pages; page++)); do
    local text headings answers
    text=$(pdftotext -layout -f $page -l $page "$pdf" -)
    headings=$(grep -cE "\(($kinds)\)\s*$" <<<"$text" || true)
    answers=$(grep -cF "$notes" <<<"$text" || true)
    if [ "$headings" != "$answers" ]; then
      echo "$(basename "$pdf"): FAILED: page $page has $headings questions and $answers Notes rows:" \
        "a question is split across pages"
    fi
  done
}
check_questionnaire "$out/questionnaire.pdf" "Notes (the reason, if it does not apply)" \
  "Indicator|Behaviour|Resource|Process" 26
check_questionnaire "$out/holiadur.pdf" "Nodiadau (y rheswm, os nad yw'n berthnasol)" \
  "Dangosydd|Ymddygiad|Adnodd|Proses" 27

# Next year's questionnaire, with last period's answers beside the answer cells, printed
# as wide as the blank one: a last-period line running on past the sheet's last column
# once widened the printed area, and its pages printed at half their width. The first
# dimension's first page (page 5): its rightmost word above the footer ends within the
# page's last tenth.
check_full_width() {  # PDF, PAGE
  local pdf=$1 page=$2
  pdftotext -bbox -f "$page" -l "$page" "$pdf" - | awk -v name="$(basename "$pdf")" -v page="$page" '
    function value(key) { match($0, key "=\"[0-9.]+\""); return substr($0, RSTART + length(key) + 2, RLENGTH - length(key) - 3) + 0 }
    /<page / { width = value("width"); height = value("height") }
    /<word / && value("yMax") < 0.9 * height { if (value("xMax") > right) right = value("xMax") }
    END { if (right < 0.9 * width) printf "%s: FAILED: page %d printed to %.0f of %.0f points wide\n", name, page, right, width }'
}
check_full_width "$out/questionnaire.pdf" 5
check_full_width "$out/questionnaire-next-year.pdf" 5
