#!/usr/bin/env bash
# The questionnaire round trip: make a blank questionnaire, read back the one a school
# returned (filled in and saved by LibreOffice Calc), and score it.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
maturity=${1:-maturity}
out=${2:-.}
mkdir -p "$out"
framework="$here/../../frameworks/social-partnership.yaml"
"$maturity" template --framework "$framework" --format xlsx --respondents 4 -o "$out/questionnaire.xlsx"
"$maturity" template --framework "$framework" --format xlsx --lang cy -o "$out/holiadur.xlsx"
"$maturity" import "$here/returned-questionnaire.xlsx" -o "$out/response.yaml"
"$maturity" score --framework "$framework" "$out/response.yaml" -o "$out/scorecard.xlsx"
