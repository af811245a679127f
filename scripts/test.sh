#!/usr/bin/env bash
# Runs the whole test suite from a fresh Debian machine: installs the dependencies,
# builds with warnings as errors, and runs every test (unit, golden, end to end,
# examples) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMATURITY_WERROR=ON >/dev/null
cmake --build build-test -j2
ctest --test-dir build-test --output-on-failure -j2
