#!/usr/bin/env bash
# A small benchmark run, so that the kit cannot rot (run by CTest). Usage: smoke.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
MATURITY_BENCH_PREBUILT=1 MATURITY_BENCH_BUILD="$1" bash bench/run.sh 30 4
