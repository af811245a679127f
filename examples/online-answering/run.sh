#!/usr/bin/env bash
# Answering online for the example college (docs/serve.md): creates the assessment in a
# store, invites two respondents per side and prints every link. Then start the server
# with `maturity serve --data STORE` and open the links in a browser.
# Usage: run.sh [MATURITY] [STORE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
maturity="${1:-maturity}"
store="${2:-$(mktemp -d)/store}"
framework="$here/../../frameworks/social-partnership.yaml"
[ -f "$framework" ] || framework=/usr/share/maturity/frameworks/social-partnership.yaml

"$maturity" collect create --data "$store" --framework "$framework" \
  --institution coleg-y-bryn --name "Coleg y Bryn" --period 2026-27 \
  --profile sector=fe --profile staff=820
assessment=coleg-y-bryn-2026-27
"$maturity" collect invite --data "$store" "$assessment" --respondent principal \
  --perspective management --name "Dr Angharad Jones" --role "Principal"
"$maturity" collect invite --data "$store" "$assessment" --respondent hr-director \
  --perspective management --name "Gareth Price" --role "Director of people"
"$maturity" collect invite --data "$store" "$assessment" --respondent ucu-branch \
  --perspective trade_union --name "Siân Roberts" --role "UCU branch secretary"
"$maturity" collect invite --data "$store" "$assessment" --respondent unison-branch \
  --perspective trade_union --name "Dafydd Evans" --role "UNISON branch secretary"
"$maturity" collect status --data "$store" "$assessment"
echo "Now: $maturity serve --data $store"
