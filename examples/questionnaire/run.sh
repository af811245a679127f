#!/usr/bin/env bash
# The questionnaire round trip: make a blank questionnaire, read back the one a school
# returned (filled in and saved by LibreOffice Calc), and score it.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
source "$(dirname "$0")/../run-setup.sh" "$@"
"$maturity" template --framework "$framework" --format xlsx --respondents 4 -o "$out/questionnaire.xlsx"
"$maturity" template --framework "$framework" --format xlsx --lang cy -o "$out/holiadur.xlsx"
"$maturity" import "$here/returned-questionnaire.xlsx" -o "$out/response.yaml" 2>"$out/import.log"
cat "$out/import.log" >&2
# The example is a questionnaire this version writes: a warning that its own texts differ
# (written by an earlier version) would tell a newcomer the example is out of date.
if grep -q "differs from what this version of maturity writes" "$out/import.log"; then
  echo "run.sh: the returned questionnaire's texts are an earlier version's" >&2
  exit 1
fi
"$maturity" score --framework "$framework" "$out/response.yaml" -o "$out/scorecard.xlsx"
