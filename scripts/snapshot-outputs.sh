#!/usr/bin/env bash
# Runs every command on the bundled framework, the examples and the test data, in English
# and Welsh, and keeps every output (files, stdout, stderr, exit code) in one folder, so
# that two builds can be compared byte for byte: a refactoring changes none of it.
#   bash scripts/snapshot-outputs.sh build/cli/maturity /tmp/before
#   bash scripts/snapshot-outputs.sh build/cli/maturity /tmp/after
#   diff -r /tmp/before /tmp/after
# Workbooks are reproducible (a fixed timestamp), so they compare as bytes too.
set -uo pipefail
cd "$(dirname "$0")/.."
maturity=$(realpath "$1")
out=$2
rm -rf "$out"
mkdir -p "$out"
framework=frameworks/social-partnership.yaml
nhs=examples/consultant-custom-framework/framework/nhs-trust.yaml
sector=examples/regulator-sector-comparison/responses
unset SOURCE_DATE_EPOCH

n=0
# run NAME ARGS...: runs maturity with ARGS; {} in an argument is the snapshot folder.
run() {
  local name=$1
  shift
  local args=()
  for arg in "$@"; do args+=("${arg//\{\}/$out}"); done
  n=$((n + 1))
  "$maturity" "${args[@]}" >"$out/$name.stdout" 2>"$out/$name.stderr"
  echo $? >"$out/$name.exit"
  # Temporary names and absolute paths would differ between runs.
  sed -i "s#$out#OUT#g" "$out/$name.stdout" "$out/$name.stderr"
}

for lang in en cy; do
  for response in examples/*/*.yaml examples/consultant-custom-framework/responses/*.yaml; do
    case $response in *mapping.yaml) continue ;; esac
    name=$(basename "$response" .yaml)
    fw=$framework
    [[ $response == *consultant* ]] && fw=$nhs
    run "score-$name-$lang" score --framework "$fw" "$response" --lang "$lang" \
      -o "{}/score-$name-$lang.xlsx" --json "{}/score-$name-$lang.json"
  done
  run "sector-$lang" sector --framework $framework $sector --group-by sector,staff --lang "$lang" \
    -o "{}/sector-$lang.xlsx" --json "{}/sector-$lang.json" --benchmark-out "{}/benchmark-$lang.json"
  # A kept key: without one the codes come from a new random key on every run.
  run "sector-anon-$lang" sector --framework $framework $sector --group-by sector --anonymise \
    --anonymise-key tests/data/sector/test-anonymisation.key --min-group-size 2 --lang "$lang" \
    -o "{}/sector-anon-$lang.xlsx" --json "{}/sector-anon-$lang.json" \
    --report "{}/sector-anon-$lang.html"
  run "score-bench-$lang" score --framework $framework examples/college-self-assessment/coleg-y-bryn.yaml \
    --benchmark "{}/benchmark-en.json" --lang "$lang" -o "{}/score-bench-$lang.xlsx" \
    --json "{}/score-bench-$lang.json"
  run "report-$lang" report --framework $framework examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml \
    --previous examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml --lang "$lang" -o "{}/report-$lang.html"
  run "sector-report-$lang" sector --framework $framework $sector --report "{}/sector-$lang.html" \
    --report-lang "$lang+$([[ $lang == en ]] && echo cy || echo en)"
  for format in yaml xlsx csv-map; do
    run "template-$format-$lang" template --framework $framework --format $format --lang "$lang" \
      -o "{}/template-$lang.$format"
  done
  run "docs-html-$lang" docs $framework --lang "$lang" -o "{}/docs-$lang.html"
  run "docs-md-$lang" docs $framework --lang "$lang" -o "{}/docs-$lang.md"
done
run template-nhs-xlsx template --framework $nhs --format xlsx --respondents 3 -o "{}/template-nhs.xlsx"
run template-nhs-yaml template --framework $nhs -o "{}/template-nhs.yaml"
run import-questionnaire import examples/questionnaire/returned-questionnaire.xlsx -o "{}/imported.yaml"
run import-survey import examples/survey-import/survey.csv --map examples/survey-import/mapping.yaml \
  -o "{}/surveyed.yaml"
run show-bundled show $framework
run show-nhs show $nhs
for f in tests/data/extends/*.yaml tests/data/diff/*.yaml; do
  run "show-$(basename "$(dirname "$f")")-$(basename "$f" .yaml)" show "$f"
done
run diff-nhs diff $framework $nhs
run diff-data diff tests/data/diff/old.yaml tests/data/diff/new.yaml
run lint-bundled lint $framework
run lint-every-rule lint tests/data/lint/every-rule.yaml
run lint-nhs lint $nhs
run migrate migrate --framework tests/data/diff/new.yaml tests/data/migrate/old-response.yaml \
  -o "{}/migrated.yaml"
run migrate-comment migrate --comment-out-uncarried --framework tests/data/diff/new.yaml \
  tests/data/migrate/old-response.yaml -o "{}/migrated-comment.yaml"
run validate-framework validate $framework
run validate-examples validate --framework $framework examples/*/*y*.yaml
for f in tests/data/bad/*.yaml tests/data/welsh/*.yaml tests/data/good/*.yaml; do
  run "validate-$(basename "$(dirname "$f")")-$(basename "$f" .yaml)" validate --framework $framework "$f"
  run "validate-fw-$(basename "$(dirname "$f")")-$(basename "$f" .yaml)" validate "$f"
done
for f in tests/data/fuzz/*/*; do
  run "fuzz-$(basename "$(dirname "$f")")-$(basename "$f")" validate --framework $framework "$f"
  run "fuzz-fw-$(basename "$(dirname "$f")")-$(basename "$f")" validate "$f"
done
run usage-none
run usage-help --help
for c in validate score sector lint docs diff show migrate template import; do
  run "help-$c" $c --help
done
echo "snapshot-outputs: $n runs in $out"
