#!/usr/bin/env bash
# Benchmarks `maturity serve` (bench/serve_bench.py): respondents saving concurrently over
# loopback at 50, 200 and 1,000 clients, back to back (the server saturated) and at a
# person's pace, beside each store's floor measured in the same run. SQLite first
# (`serve --data`); then PostgreSQL (`serve --database`) against a cluster of the
# benchmark's own (tests/store/with_postgres.sh), one server, then two server processes on
# one database (the shared deployment). Prints markdown tables for docs/performance.md.
# Usage: bash bench/serve.sh [SECONDS] [THINK_SECONDS]
# MATURITY_BENCH_STORES="sqlite postgres" (the default) chooses the stores.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
think=${2:-5}
stores=${MATURITY_BENCH_STORES:-sqlite postgres}
build=${MATURITY_BENCH_BUILD:-build-bench}
if [ -z "${MATURITY_BENCH_PREBUILT:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j2 --target maturity >/dev/null
fi
maturity=$build/cli/maturity
framework=frameworks/social-partnership.yaml
bench=(/usr/bin/python3 bench/serve_bench.py "$maturity" "$framework" --seconds "$seconds")
if [[ " $stores " == *" sqlite "* ]]; then
  "${bench[@]}"
  "${bench[@]}" --think "$think"
fi
if [[ " $stores " == *" postgres "* ]]; then
  # shellcheck disable=SC2016  # expanded by the inner shell, under with_postgres.sh
  bash tests/store/with_postgres.sh bash -c '
    set -e
    "$@" --postgres "$MATURITY_TEST_POSTGRES"
    "$@" --postgres "$MATURITY_TEST_POSTGRES" --think '"$think"'
    "$@" --postgres "$MATURITY_TEST_POSTGRES" --processes 2
  ' serve.sh "${bench[@]}"
fi
