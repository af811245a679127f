#!/usr/bin/env bash
# Installs the Debian packages maturity needs to build; with --test, also those its tests
# and benchmarks need.
# Safe to run again; uses sudo when not run as root.
set -euo pipefail

# To build and run (the quick start).
packages=(
  build-essential cmake pkg-config
  libboost-dev libboost-program-options-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev
  libzip-dev libcsv-dev
  libyaml-dev libyaml-cpp-dev libutf8proc-dev
  libsodium-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev
)
# With --test, the heavier tools only the tests and benchmarks use: LibreOffice and
# pdftoppm render workbooks, PostgreSQL serves the tests of the shared store (each starts
# a cluster of its own), Chromium renders the HTML reports and runs the browser tests of
# `maturity serve` (Node.js drives it: tests/serve/browser, whose own npm packages the test
# installs into the build folder), dpkg-dev and man-db check the package and man pages,
# Python reads workbooks and runs the comparison pipeline and the server benchmark.
if [ "${1:-}" = "--test" ]; then
  packages+=(
    time bc python3 python3-yaml python3-pandas python3-xlsxwriter python3-openpyxl
    libreoffice-calc-nogui poppler-utils chromium dpkg-dev man-db nodejs postgresql
  )
  # Debian's npm; a Node.js from elsewhere (NodeSource) brings its own.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-dependencies: run as root or install sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-dependencies: ${#packages[@]} packages present"
