#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS
# (default 60) on a corpus seeded from examples/ and tests/data/. Findings land in
# build-fuzz/findings/TARGET/; copy each into tests/data/fuzz/TARGET-DIR/ so that the
# replay test runs it from then on. Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(framework_loader response_loader questionnaire_part xlsx_xml benchmark_reader)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMATURITY_FUZZ=ON -DMATURITY_SANITIZE=ON -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/%/_fuzz}" maturity >/dev/null

for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  case $target in
    framework_loader)
      cp frameworks/*.yaml tests/data/fuzz/framework/* "$corpus"/ 2>/dev/null || true ;;
    response_loader)
      find examples tests/data/bad tests/data/good -name '*.yaml' -exec cp {} "$corpus"/ \;
      cp tests/data/fuzz/response/* "$corpus"/ 2>/dev/null || true ;;
    questionnaire_part)
      # Seeds: each part of a real questionnaire, after the byte that chooses it.
      build-fuzz/cli/maturity template -f frameworks/social-partnership.yaml --format xlsx \
        --respondents 2 -o build-fuzz/blank.xlsx >/dev/null
      /usr/bin/python3 - build-fuzz/blank.xlsx "$corpus" <<'SEEDS'
import sys, zipfile
parts = ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
         "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
         "xl/worksheets/sheet14.xml"]
book = zipfile.ZipFile(sys.argv[1])
for i, part in enumerate(parts):
    open(f"{sys.argv[2]}/seed-{i}", "wb").write(bytes([i]) + book.read(part))
SEEDS
      cp tests/data/fuzz/questionnaire/* "$corpus"/ 2>/dev/null || true ;;
    xlsx_xml)
      # Seeds: every XML part of a real questionnaire, as it is.
      build-fuzz/cli/maturity template -f frameworks/social-partnership.yaml --format xlsx \
        --respondents 2 -o build-fuzz/blank.xlsx >/dev/null
      /usr/bin/python3 - build-fuzz/blank.xlsx "$corpus" <<'SEEDS'
import sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
for i, part in enumerate(n for n in book.namelist() if n.endswith((".xml", ".rels"))):
    open(f"{sys.argv[2]}/seed-{i}", "wb").write(book.read(part))
SEEDS
      cp tests/data/fuzz/xml/* "$corpus"/ 2>/dev/null || true ;;
    benchmark_reader)
      build-fuzz/cli/maturity sector -q -f frameworks/social-partnership.yaml \
        examples/regulator-sector-comparison/responses --benchmark-out "$corpus/seed.json" \
        >/dev/null 2>&1
      cp tests/data/fuzz/benchmark/* "$corpus"/ 2>/dev/null || true ;;
  esac
  echo "== $target for ${seconds}s"
  build-fuzz/fuzz/${target}_fuzz "$corpus" -artifact_prefix="$findings/" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 2>&1 | tail -15
done
