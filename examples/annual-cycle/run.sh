#!/usr/bin/env bash
# The annual cycle for one college: score last year, then this year beside it (with the
# agreed actions carried forward), in English and Welsh, from the response and from last
# year's JSON result; and show that a wrong previous period is refused.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
source "$(dirname "$0")/../run-setup.sh" "$@"
last="$here/coleg-y-dyffryn-2024-25.yaml"
this="$here/coleg-y-dyffryn-2025-26.yaml"

# Year one: the union side signed but did not agree, and said why.
"$maturity" score --framework "$framework" "$last" -o "$out/2024-25.xlsx" --json "$out/2024-25.json"
# Year two beside year one: the change, the actions carried forward, overdue ones named.
"$maturity" score --framework "$framework" "$this" --previous "$last" \
  -o "$out/2025-26.xlsx" --json "$out/2025-26.json"
"$maturity" score --quiet --framework "$framework" "$this" --previous "$last" --lang cy \
  -o "$out/2025-26-cy.xlsx"
# Last year's JSON result gives the same changes as last year's response.
"$maturity" score --quiet --framework "$framework" "$this" --previous "$out/2024-25.json" \
  --json "$out/2025-26-from-json.json"
cmp "$out/2025-26.json" "$out/2025-26-from-json.json"
# Next year's starting point: the institution, people and open actions carried; last
# year's answers shown as comments to review.
"$maturity" template --framework "$framework" --from "$this" --period 2026-27 --with-answers \
  -o "$out/coleg-y-dyffryn-2026-27.yaml"
grep -q "Last period (2025-26), to review, not to copy" "$out/coleg-y-dyffryn-2026-27.yaml"
"$maturity" template --framework "$framework" --from "$this" --period 2026-27 --with-answers \
  --format xlsx -o "$out/coleg-y-dyffryn-2026-27.xlsx"
"$maturity" import "$out/coleg-y-dyffryn-2026-27.xlsx" -o "$out/reimported-2026-27.yaml" 2>/dev/null
grep -q 'id: "coleg-y-dyffryn"' "$out/reimported-2026-27.yaml"
# The wrong way round is refused, and nothing is written.
if "$maturity" score --quiet --framework "$framework" "$last" --previous "$this" \
    -o "$out/refused.xlsx" 2>"$out/refused.txt"; then
  echo "a later 'previous' period was accepted" >&2
  exit 1
fi
grep -q "is later than this one" "$out/refused.txt"
test ! -e "$out/refused.xlsx"
echo "annual cycle: ok"
