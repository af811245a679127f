#!/usr/bin/env bash
# Runs the whole test suite from a fresh Debian machine: installs the dependencies,
# then builds and runs every test (unit, golden, workbook, end to end, examples) twice:
# an optimised build with warnings as errors, and a build under AddressSanitizer and
# UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh --test

echo "== optimised build, warnings as errors"
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMATURITY_WERROR=ON >/dev/null
cmake --build build-test -j2
ctest --test-dir build-test --output-on-failure -j2

echo "== AddressSanitizer and UndefinedBehaviorSanitizer build"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DMATURITY_SANITIZE=ON -DMATURITY_WERROR=ON >/dev/null
cmake --build build-sanitize -j2
ctest --test-dir build-sanitize --output-on-failure -j2
