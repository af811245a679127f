#!/usr/bin/env bash
# A Welsh-medium school's self-assessment, entirely in Welsh: the questionnaire (holiadur),
# the framework document (fframwaith), the scorecard (cerdyn sgorio) and its summary.
# Fails if any output would have shown a text in English (a translation fallback warning).
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
source "$(dirname "$0")/../run-setup.sh" "$@"
log="$out/welsh-medium.log"
"$maturity" template --framework "$framework" --format xlsx --lang cy -o "$out/holiadur.xlsx" 2> "$log"
"$maturity" docs "$framework" --lang cy -o "$out/fframwaith.html" >> "$log" 2>&1
"$maturity" score --framework "$framework" "$here/ysgol-gyfun-gymraeg-bro-dwr.yaml" --lang cy \
  -o "$out/cerdyn-sgorio.xlsx" 2>> "$log"
if grep -q "warning" "$log"; then
  cat "$log" >&2
  echo "run.sh: a Welsh output fell back to English (see the warnings above)" >&2
  exit 1
fi
