#!/usr/bin/env bash
# An install works wherever it is moved, with no source tree or build tree to lean on:
# installs into a scratch prefix, moves the tree, and there resolves `extends:
# social-partnership@1.0.0` and imports the example questionnaire (which names its
# framework by id and version). Usage: relocatable.sh BUILD_DIR SCRATCH_DIR
set -euo pipefail
build=$(realpath "$1")
scratch=$2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$scratch"
mkdir -p "$scratch"
scratch=$(realpath "$scratch")
cmake --install "$build" --prefix "$scratch/first" >/dev/null
mv "$scratch/first" "$scratch/moved"
maturity=$scratch/moved/bin/maturity

# A variant outside every tree, extending the bundled framework by id.
mkdir -p "$scratch/work"
cat > "$scratch/work/variant.yaml" <<'YAML'
extends: social-partnership@1.0.0
id: moved-variant
version: 1.0.0
title: A variant of the bundled framework
YAML
cp "$source_dir/examples/questionnaire/returned-questionnaire.xlsx" "$scratch/work/"
cd "$scratch/work"
unset MATURITY_FRAMEWORK_PATH
"$maturity" validate variant.yaml
"$maturity" show variant.yaml > shown.yaml
grep -q "^id: moved-variant" shown.yaml
"$maturity" import returned-questionnaire.xlsx -o response.yaml
"$maturity" score -q --framework "$scratch/moved/share/maturity/frameworks/social-partnership.yaml" \
  response.yaml --json result.json
# Nothing was found in the sources: the search path names the moved install only.
if "$maturity" validate <(printf 'extends: no-such-framework\nid: x\nversion: 1.0.0\ntitle: X\n') \
    2> missing.txt; then
  echo "relocatable.sh: an unknown base was accepted" >&2
  exit 1
fi
grep -q "$scratch/moved/share/maturity/frameworks" missing.txt
if grep -q "$source_dir/frameworks" missing.txt; then
  echo "relocatable.sh: the installed program searched the source tree:" >&2
  cat missing.txt >&2
  exit 1
fi
echo "relocatable.sh: the moved install found its frameworks"
