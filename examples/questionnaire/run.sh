#!/usr/bin/env bash
# The questionnaire round trip: make a blank questionnaire, read back the one a school
# returned (filled in and saved by LibreOffice Calc), and score it.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
source "$(dirname "$0")/../run-setup.sh" "$@"
"$maturity" template --framework "$framework" --format xlsx --respondents 4 -o "$out/questionnaire.xlsx"
"$maturity" template --framework "$framework" --format xlsx --lang cy -o "$out/holiadur.xlsx"
"$maturity" import "$here/returned-questionnaire.xlsx" -o "$out/response.yaml"
"$maturity" score --framework "$framework" "$out/response.yaml" -o "$out/scorecard.xlsx"
