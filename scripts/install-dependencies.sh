#!/usr/bin/env bash
# Installs every Debian package that maturity needs to build, test and benchmark.
# Safe to run again; uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-dev libboost-program-options-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev
  libzip-dev libcsv-dev
  libyaml-dev libyaml-cpp-dev libutf8proc-dev time bc python3 python3-yaml python3-pandas python3-xlsxwriter
  python3-openpyxl libreoffice-calc-nogui poppler-utils dpkg-dev man-db
)

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
