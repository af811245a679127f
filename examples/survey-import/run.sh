#!/usr/bin/env bash
# A survey tool's CSV export turned into a response and scored.
# Usage: run.sh [MATURITY] [OUTPUT_FOLDER]
source "$(dirname "$0")/../run-setup.sh" "$@"
"$maturity" template --framework "$framework" --format csv-map -o "$out/starting-mapping.yaml"
"$maturity" import "$here/survey.csv" --map "$here/mapping.yaml" -o "$out/response.yaml"
"$maturity" score --framework "$framework" "$out/response.yaml" -o "$out/scorecard.xlsx"
