#!/usr/bin/env bash
# A survey tool's CSV export turned into a response and scored.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
maturity=${1:-maturity}
out=${2:-.}
mkdir -p "$out"
framework="$here/../../frameworks/social-partnership.yaml"
"$maturity" template --framework "$framework" --format csv-map -o "$out/starting-mapping.yaml"
"$maturity" import "$here/survey.csv" --map "$here/mapping.yaml" -o "$out/response.yaml"
"$maturity" score --framework "$framework" "$out/response.yaml" -o "$out/scorecard.xlsx"
