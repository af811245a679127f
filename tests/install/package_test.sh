#!/usr/bin/env bash
# The Debian package: cpack -G DEB builds it; its control fields name the libraries the
# program needs; it holds the program, the bundled frameworks, the man pages, the
# completion, the docs and examples; every man page renders; and the program unpacked
# from it runs and finds its frameworks. Usage: package_test.sh BUILD_DIR SCRATCH_DIR
set -euo pipefail
build=$(realpath "$1")
scratch=$2
rm -rf "$scratch"
mkdir -p "$scratch"
scratch=$(realpath "$scratch")
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" >/dev/null)
package=$(ls "$scratch"/maturity_*.deb)
echo "package_test.sh: $(basename "$package")"

control=$(dpkg-deb --field "$package")
for field in "Package: maturity" "Section: utils" "Architecture:"; do
  grep -q "^$field" <<<"$control" || { echo "no '$field' in:"; echo "$control"; exit 1; } >&2
done
depends=$(dpkg-deb --field "$package" Depends)
for library in libxlsxwriter libyaml libzip libcsv libboost-program-options libutf8proc \
  libyaml-cpp libstdc++6; do
  grep -q "$library" <<<"$depends" || {
    echo "package_test.sh: Depends lacks $library: $depends" >&2
    exit 1
  }
done

contents=$(dpkg-deb --contents "$package" | awk '{print $6}')
for file in ./usr/bin/maturity ./usr/share/maturity/frameworks/social-partnership.yaml \
  ./usr/share/man/man1/maturity.1.gz ./usr/share/man/man1/maturity-score.1.gz \
  ./usr/share/bash-completion/completions/maturity ./usr/share/doc/maturity/README.md \
  ./usr/share/doc/maturity/docs/formats.md \
  ./usr/share/doc/maturity/examples/college-self-assessment/coleg-y-bryn.yaml; do
  grep -qx -- "$file" <<<"$contents" || {
    echo "package_test.sh: the package lacks $file" >&2
    exit 1
  }
done

root=$scratch/root
dpkg-deb --extract "$package" "$root"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || { echo "package_test.sh: $page: $warnings" >&2; exit 1; }
done
"$root/usr/bin/maturity" --version
cd "$scratch"
printf 'extends: social-partnership@1.0.0\nid: packaged\nversion: 1.0.0\ntitle: P\n' > v.yaml
"$root/usr/bin/maturity" validate v.yaml
echo "package_test.sh: the package installs the program, its frameworks, manual and completion"
