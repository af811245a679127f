#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine and scores the bundled example:
# installs the dependencies, builds, installs `maturity` under ./out/install, and
# writes the example college's scorecard to ./out/coleg-y-bryn.xlsx and its published
# report, in English and Welsh, to ./out/coleg-y-bryn.html.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build -j2
cmake --install build --prefix out/install >/dev/null

mkdir -p out
out/install/bin/maturity score \
  --framework frameworks/social-partnership.yaml \
  examples/college-self-assessment/coleg-y-bryn.yaml \
  -o out/coleg-y-bryn.xlsx --json out/coleg-y-bryn.json
out/install/bin/maturity report \
  --framework frameworks/social-partnership.yaml \
  examples/college-self-assessment/coleg-y-bryn.yaml \
  --lang en+cy -o out/coleg-y-bryn.html
