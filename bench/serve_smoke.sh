#!/usr/bin/env bash
# The server benchmark, small and short, so that it cannot rot (run by CTest as
# bench.serve-smoke): 5 clients for 2 seconds against SQLite; then, when PostgreSQL is
# installed (scripts/install-dependencies.sh --test), against a cluster of its own
# (tests/store/with_postgres.sh) with two server processes on one database.
# Usage: serve_smoke.sh MATURITY FRAMEWORK
set -euo pipefail
cd "$(dirname "$0")/.."
bench=(/usr/bin/python3 bench/serve_bench.py "$1" "$2" --clients 5 --seconds 2)
"${bench[@]}"
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  # shellcheck disable=SC2016  # expanded by the inner shell, under with_postgres.sh
  bash tests/store/with_postgres.sh bash -c '"$@" --postgres "$MATURITY_TEST_POSTGRES" --processes 2' \
    serve_smoke.sh "${bench[@]}"
else
  echo "serve_smoke.sh: PostgreSQL is not installed: its run left out"
fi
