#!/usr/bin/env bash
# Benchmarks maturity against the parsing floor and a Python baseline on the same
# synthetic files, in one run. Usage: bash bench/run.sh [INSTITUTIONS] [RESPONDENTS]
# (defaults 1000 and 10). Prints a markdown table for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
institutions=${1:-1000}
respondents=${2:-10}
build=${MATURITY_BENCH_BUILD:-build-bench}
framework=frameworks/social-partnership.yaml

if [ -z "${MATURITY_BENCH_PREBUILT:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j2 --target maturity yaml_floor >/dev/null
fi
maturity=$build/cli/maturity
floor=$build/bench/yaml_floor
# Generated once per size, generator and framework: a change to either makes new data.
key=$(cat bench/generate.py "$framework" | sha256sum | cut -c1-12)
data=$build/bench-data/$institutions-$respondents-$key
if [ ! -f "$data/answers" ]; then
  rm -rf "$data"
  mkdir -p "$data"
  /usr/bin/python3 bench/generate.py "$framework" "$data/responses" \
    --institutions "$institutions" --respondents "$respondents" | tee "$data/generated"
  awk '{print $3}' "$data/generated" > "$data/answers"
fi
answers=$(cat "$data/answers")
files=$(find "$data/responses" -name '*.yaml' | wc -l)
megabytes=$(du -sm "$data/responses" | cut -f1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# measure NAME COMMAND...: wall and CPU seconds, peak RSS in MB.
declare -A wall cpu rss
measure() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" >"$out/$name.out" 2>"$out/$name.err" ||
    { cat "$out/$name.err" >&2; exit 1; }
  read -r w u s m <"$out/time"
  wall[$name]=$w
  cpu[$name]=$(echo "$u + $s" | bc -l)
  rss[$name]=$((m / 1024))
}

# median3 NAME COMMAND...: measures three times, keeps the run with the median wall time
# (this machine's noise is about +-5% a run; the floor and maturity are measured in turn,
# so that a slow moment weighs on both).
median3() {
  local name=$1
  shift
  local runs=()
  for i in 1 2 3; do
    measure "$name-$i" "$@"
    runs+=("${wall[$name-$i]} $i")
  done
  local middle
  middle=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p | cut -d' ' -f2)
  wall[$name]=${wall[$name-$middle]}
  cpu[$name]=${cpu[$name-$middle]}
  rss[$name]=${rss[$name-$middle]}
  cp "$out/$name-$middle.out" "$out/$name.out"
}

sync
median3 floor "$floor" "$data/responses"
median3 sector "$maturity" sector -q -f "$framework" "$data/responses" --group-by sector,staff \
  -o "$out/sector.xlsx" --json "$out/sector.json"
median3 sector-1-core "$maturity" sector -q --jobs 1 -f "$framework" "$data/responses" \
  --group-by sector,staff -o "$out/sector1.xlsx"
measure python /usr/bin/python3 bench/baseline.py "$framework" "$data/responses" "$out/python.xlsx"
one=$(find "$data/responses" -name '*.yaml' | sort | sed -n 1p)
for i in 1 2 3 4 5 6 7 8 9 10 11; do
  measure "score-$i" "$maturity" score -q -f "$framework" "$one" -o "$out/one.xlsx" --json "$out/one.json"
done
score_wall=$(for i in 1 2 3 4 5 6 7 8 9 10 11; do echo "${wall[score-$i]}"; done | sort -n | sed -n 6p)

# The baseline must compute the same statistics, or the comparison means nothing.
ours=$(/usr/bin/python3 -c "import json,sys; o=json.load(open(sys.argv[1]))['overall']; print('%.6f' % o['median'])" "$out/sector.json")
theirs=$(grep -o 'median [0-9.]*' "$out/python.out" | cut -d' ' -f2)
[ "$ours" = "$theirs" ] || { echo "baseline disagrees: median $ours vs $theirs" >&2; exit 1; }

ratio() { echo "scale=2; $1 / $2" | bc -l; }
per_second() { echo "scale=0; $1 / $2" | bc -l; }
echo
echo "$files files ($megabytes MB, $answers answers), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| run | wall s | CPU s | peak RSS MB | files/s | answers/s | wall / floor |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in floor sector sector-1-core python; do
  echo "| $name | ${wall[$name]} | ${cpu[$name]} | ${rss[$name]} | $(per_second "$files" "${wall[$name]}") | $(per_second "$answers" "${wall[$name]}") | $(ratio "${wall[$name]}" "${wall[floor]}") |"
done
echo "| score (one institution, median of 11) | $score_wall | | ${rss[score-6]} | | | |"
echo
echo "Goals: sector --jobs 1 at $(ratio "${wall[sector-1-core]}" "${wall[floor]}")x the floor (within 1.5x); sector on $(nproc) cores at $(ratio "${wall[sector]}" "${wall[floor]}")x (within 1.25x)."
echo
echo "maturity sector is $(ratio "${wall[python]}" "${wall[sector]}")x faster than the Python baseline; both report an overall median of $ours."
