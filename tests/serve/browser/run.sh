#!/usr/bin/env bash
# Runs a browser test of `maturity serve` (SCRIPT: serve_browser_test.mjs unless given, with
# any ARGUMENTS after it) from a copy in WORK_DIR,
# installing puppeteer-core and axe-core there from package-lock.json with `npm ci` when the
# lock has changed since the last install (never a browser: Debian's Chromium is driven).
# Usage: run.sh MATURITY FRAMEWORK WORK_DIR [SCRIPT [ARGUMENTS...]]
# Exits 77 (CTest: skipped) when node, npm or Chromium is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
maturity=$1
framework=$2
work=$3
script=${4:-serve_browser_test.mjs}
shift $(( $# < 4 ? $# : 4 ))
chromium=${CHROMIUM:-/usr/bin/chromium}
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "serve.browser: $tool not found (scripts/install-dependencies.sh --test)"; exit 77; }
done
[ -x "$chromium" ] || { echo "serve.browser: $chromium not found"; exit 77; }

mkdir -p "$work/node"
cp "$here/package.json" "$here/package-lock.json" "$here"/*.mjs "$work/node/"
stamp="$work/node/node_modules/.installed-from"
lock=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock" ]; then
  (cd "$work/node" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock" >"$stamp"
fi
cd "$work/node"
CHROMIUM="$chromium" exec node "$script" "$maturity" "$framework" "$work" "$@"
