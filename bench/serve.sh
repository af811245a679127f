#!/usr/bin/env bash
# Benchmarks `maturity serve` (bench/serve_bench.py): respondents saving concurrently over
# loopback at 50, 200 and 1,000 clients, back to back (the server saturated) and at a
# person's pace, beside the SQLite floor measured in the same run. Prints markdown tables
# for docs/performance.md. Usage: bash bench/serve.sh [SECONDS] [THINK_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
think=${2:-5}
build=${MATURITY_BENCH_BUILD:-build-bench}
if [ -z "${MATURITY_BENCH_PREBUILT:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j2 --target maturity >/dev/null
fi
framework=frameworks/social-partnership.yaml
/usr/bin/python3 bench/serve_bench.py "$build/cli/maturity" "$framework" --seconds "$seconds"
/usr/bin/python3 bench/serve_bench.py "$build/cli/maturity" "$framework" --seconds "$seconds" --think "$think"
